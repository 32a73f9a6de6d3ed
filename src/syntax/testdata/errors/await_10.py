def f():
    return await x.y(1)[2] ** 2
