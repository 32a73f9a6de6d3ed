def f():
    await x
    y = (1 2)
