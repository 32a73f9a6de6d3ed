# partition/rpartition: the separator object itself is the middle item.
import sys

s = "".join(["key=value=more", ""])
sep = "".join(["=", ""])
print(s.partition(sep), s.rpartition(sep))
p = s.partition(sep)
print(p[1] is sep, sys.getrefcount(sep))
q = s.partition("#")
print(q, q[0] is s, q[1] is q[2], q[1] is "".join([]))
r = s.rpartition("#")
print(r, r[2] is s)
print("abc".partition("abc"), "abc".rpartition("a"), "a,b".partition(","))
head = "".join(["x", "=y"]).partition("=")[0]
print(head is chr(120))
for bad in ("", 1, None):
    try:
        s.partition(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    s.rpartition()
except TypeError as e:
    print("TypeError:", e)
