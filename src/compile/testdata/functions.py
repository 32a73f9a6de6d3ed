def f(a, b=1, *c, d, e=2, **g):
    "doc"
    x = [1, 2, 3]
    return a

def g(x, /, y: int = 2, *, z: str = "s") -> None:
    return x.m(y, z=z)

def outer():
    c = 1
    def inner(d):
        nonlocal c
        c += d
        return c
    return inner

def gen(n):
    for i in range(n):
        yield i
    yield from range(3)
    x = yield

@deco
@deco2(1)
def decorated():
    pass

lam = lambda x, y=1: x + y
def args_cell(a, b):
    def h():
        return a + b
    return h

def uses_global():
    global G
    G = 1
    return G
