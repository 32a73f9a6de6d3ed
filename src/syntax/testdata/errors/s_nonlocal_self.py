def f():
    def g():
        nonlocal g
