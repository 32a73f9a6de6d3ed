# generator sizes depend on the code: locals, cells and the deepest stack
import sys
def a(x):
    yield x
def b(*args, **kw):
    for i in range(3):
        yield [i, i + 1, (i, i * 2, {i: [1, 2, 3]})]
def c(x, y):
    def inner():
        return x
    try:
        yield x
    except ValueError as e:
        yield e
    finally:
        pass
def d():
    with open("/dev/null") as f:
        yield f.read()
def e(n):
    yield from range(n)
def f():
    return (yield)
def g(p):
    z = p
    def h():
        return z
    yield sum(x * y for x in range(3) for y in range(4))
def k():
    yield print(1, 2, 3, sep="", end=" ", file=None) or max([1], key=lambda t: t)
for gen in (a(1), b(), c(1, 2), d(), e(2), f(), g(1), k(), (x for x in "ab"), (x + y for x in "ab" for y in "cd")):
    print(sys.getsizeof(gen))
