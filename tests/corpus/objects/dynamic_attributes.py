# Attributes added and removed at runtime on instances, classes and functions.
class Bag:
    pass


b = Bag()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(b, name, i)
print(vars(b), [getattr(b, n) for n in ("alpha", "beta", "gamma")])
delattr(b, "beta")
print(sorted(vars(b)), hasattr(b, "beta"))
Bag.shared = "class level"
print(b.shared, getattr(Bag, "shared"))
del Bag.shared
print(hasattr(b, "shared"))


def f():
    return f.counter


f.counter = 3
print(f(), f.__dict__, vars(f))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
