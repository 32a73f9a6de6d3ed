# arithmetic dunders, reflected operands and NotImplemented
class V:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(*[a * k for a in self.c])
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __repr__(self):
        return f"V{self.c}"
a = V(1, 2)
b = V(3, 4)
print(a + b, a * 3, 3 * a, -a)
print(a == V(1, 2), a != V(1, 2), a == (1, 2))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    "x" * a
except TypeError as e:
    print(e)
