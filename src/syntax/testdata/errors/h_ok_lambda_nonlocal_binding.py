def f():
    x = 1
    g = lambda: x
    def h():
        nonlocal x
