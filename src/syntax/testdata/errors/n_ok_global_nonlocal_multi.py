def f():
    global a, b
    c = 1
    def g():
        nonlocal c
