# When nothing is split, str.split returns a list holding the string itself.
import sys

s = "".join(["no", "separator", "here"])
parts = s.split(",")
print(parts[0] is s, sys.getrefcount(s))
print(s.split()[0] is s, s.rsplit()[0] is s, s.rsplit(",")[0] is s)
print(s.splitlines()[0] is s)
t = "".join([" padded", " "])
print(t.split()[0] is t, t.split()[0] == "padded")
u = "".join(["a", ",b"])
print(u.split(",", 0)[0] is u, u.split(",")[0] is u)
one = "".join(["x", "", "y z"])
print([p is q for p, q in zip(one.split(), "xy z".split())])
single = "".join(["q", " r"]).split()
print(single[0] is chr(113), single[1] is chr(114))

class S(str):
    pass

x = S("abc")
r = x.split()
print(type(r[0]).__name__, r[0] is x, type(x.split(",")[0]).__name__)
