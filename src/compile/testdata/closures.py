def outer(a):
    b = 1
    def mid():
        c = a + b
        def inner():
            nonlocal c
            c = c + b
            return c
        return inner
    return mid

class K:
    x = 1
    def m(self):
        return x
    def n(self):
        return __class__
    y = [x for _ in range(3)]
    def x(self):
        pass

def f():
    x = 1
    class L:
        y = x
        def g(self):
            return x
    return L

def g():
    global counter
    counter += 1
    del counter

def h(a, b):
    del a
    c = lambda: b
    return c
