def f():
    if x:
z = 1
