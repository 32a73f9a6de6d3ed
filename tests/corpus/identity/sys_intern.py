# sys.intern returns one canonical object for equal strings
import sys
a = sys.intern("".join(["hello", " ", "world!"]))
b = sys.intern("hello world!"[:])
c = "".join(["hello world", "!"])
print(a is b, a is c, a == c, sys.intern(c) is a)
names = [sys.intern(str(i) + "_key") for i in range(3)]
again = [sys.intern(str(i) + "_key") for i in range(3)]
print(all(x is y for x, y in zip(names, again)))
try:
    sys.intern(b"bytes")
except TypeError as e:
    print(e)
