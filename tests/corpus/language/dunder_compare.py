# rich comparisons, reflection, functools.total_ordering and sorting by them
import functools
@functools.total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9")]
print(sorted(vs))
print(Ver("1.0") <= Ver("1.0"), Ver("2.0") > Ver("1.9"), Ver("1") >= Ver("2"))
print(max(vs), min(vs))
class Loud:
    def __eq__(self, o):
        print("Loud.__eq__")
        return NotImplemented
print(Loud() == 1)
print(1 == Loud())
x = Loud()
print(x == x)
