# run-time strings are new objects with normal counts
import sys
a = "abc"
b = a + "def"
print(sys.getrefcount(b))
c = "".join(["x", "y", "z"])
print(sys.getrefcount(c))
d = c
print(sys.getrefcount(c))
e = str(12345)
print(sys.getrefcount(e))
f = f"{e}-{e}"
print(sys.getrefcount(f), f)
