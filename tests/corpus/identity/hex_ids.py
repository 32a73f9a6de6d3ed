# printing hex(id(...)) as learners do: addresses are normalised, equalities are compared
a = [1, 2]
b = a
c = a[:]
print(hex(id(a)), hex(id(b)), hex(id(c)))
print(f"{id(a):#x}", hex(id(a)) == hex(id(b)), hex(id(a)) == hex(id(c)))
class P:
    pass
p = P()
print(p, hex(id(p)) in repr(p), repr(p) == f"<__main__.P object at {hex(id(p))}>")
def f():
    pass
print(f, repr(f) == f"<function f at {hex(id(f))}>")
print(repr(P.__init__).startswith("<slot wrapper '__init__' of 'object' objects>"))
print(P, type(p), [P()][0].__class__)
