# callable, hash, id and type with one argument.
class Plain:
    pass


class WithCall:
    def __call__(self, x):
        return x * 2


class NoHash:
    def __eq__(self, other):
        return True


def f():
    pass


print(callable(f), callable(Plain), callable(Plain()), callable(WithCall()), callable(len), callable(3))
print(WithCall()(21), callable(print), callable(lambda: 0), callable("str"))
print(hash(1), hash(True), hash(0.5) == hash(0.5), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
p = Plain()
print(hash(p) == hash(p), id(p) == id(p), id(p) != id(Plain()))
for call in (lambda: hash([]), lambda: hash(NoHash()), lambda: hash({}), lambda: callable()):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(type(3), type("s"), type(None), type(f), type(Plain), type(p).__name__, type(len))
