# float constants are shared within the module, computed floats are not
a = 1.5
b = 1.5
print(a is b)
c = 1.5 + 0.0
print(c is a)
d = 3.0 / 2
print(d is a, d == a)
def f():
    return 1.5
print(f() :=is a)
e = float(1.5)
print(e is a)
