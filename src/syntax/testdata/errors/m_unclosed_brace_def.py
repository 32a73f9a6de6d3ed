def f():
    d = {'a': 1
    return d
