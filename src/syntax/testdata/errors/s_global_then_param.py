def f(a):
    def g():
        global a
    return a
