# Reference counts seen through builtins: getattr results, vars, locals, bound methods, super.
import sys


class Node:
    def __init__(self):
        self.payload = []

    def method(self):
        return self


n = Node()
print(sys.getrefcount(n), sys.getrefcount(n.payload))
p = getattr(n, "payload")
print(sys.getrefcount(p))
bm = n.method
print(sys.getrefcount(n))
del bm
d = vars(n)
print(sys.getrefcount(d), sys.getrefcount(n.payload))


def f():
    x = [1]
    print(sys.getrefcount(x))
    loc = locals()
    print(sys.getrefcount(x), loc["x"] is x)
    return loc


outer = f()
print(sys.getrefcount(outer["x"]))


class Child(Node):
    def method(self):
        s = super()
        print(sys.getrefcount(self))
        return s


c = Child()
print(sys.getrefcount(c))
s = c.method()
print(sys.getrefcount(c), type(s).__name__)
del s
print(sys.getrefcount(c))
e = ValueError(n)
print(sys.getrefcount(n))
del e
print(sys.getrefcount(n))
