# vars, dir, locals and globals at module level and in functions.
class Box:
    size = 3

    def __init__(self):
        self.items = []


b = Box()
print(vars(b))
print("size" in dir(b), "items" in dir(b), "__init__" in dir(b), dir(b) == sorted(dir(b)))
print([n for n in dir(Box) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


def scope(a, b=2):
    c = a + b
    names = dir()
    loc = locals()
    print(names, sorted(loc))
    d = 4
    print(sorted(locals()), locals() is loc)
    return c


scope(1)
g = globals()
print(g is globals(), g["Box"] is Box, "scope" in g, locals() is g)
print(sorted(k for k in dir() if not k.startswith("__")))


def closure():
    x = 1

    def inner():
        return x

    print(sorted(locals()))
    return inner


print(sorted(closure().__code__.co_freevars))
