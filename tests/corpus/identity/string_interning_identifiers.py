# identifier-like string constants are interned; others are not
import sys
a = "hello"
b = "".join(["hel", "lo"])
print(a == b, a is b, a is sys.intern(b))
c = "hello world"
d = "".join(["hello", " world"])
print(c is sys.intern(d))
e = "snake_case_123"
f = "".join(["snake_case", "_123"])
print(e is sys.intern(f))
g = "with-dash"
h = "".join(["with", "-dash"])
print(g is sys.intern(h))
