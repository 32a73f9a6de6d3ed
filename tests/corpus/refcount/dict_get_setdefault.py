# dict.get and setdefault return new references that live only as long as they are bound
import sys
val = [0]
d = {"a": val}
print(sys.getrefcount(val))
g = d.get("a")
print(sys.getrefcount(val))
s = d.setdefault("a", [])
print(sys.getrefcount(val))
t = d.setdefault("b", val)
print(sys.getrefcount(val))
del g, s, t
print(sys.getrefcount(val))
print(sys.getrefcount(d.get("a")))
items = list(d.items())
print(sys.getrefcount(val))
