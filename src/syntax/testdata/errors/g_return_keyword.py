def f():
    return pass
