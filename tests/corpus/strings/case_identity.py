# Case conversions always build a new string, even when nothing changes (unlike strip);
# only the empty string is shared.
import sys

s = "".join(["ABC", "DEF"])
u = s.upper()
print(u == s, u is s, sys.getrefcount(s), sys.getrefcount(u))
low = "".join(["abc", "def"])
print(low.lower() is low, low.casefold() is low, low.swapcase().swapcase() is low)
a = chr(97)
print(a.lower() is a, a.lower() == a, a.upper() is chr(65), a.upper().lower() is a)
e = "".join([])
print(e.upper() is e, e.title() is e, e.capitalize() is e)
t = "".join(["Title", " Case"])
print(t.title() is t, t.title() == t, t.capitalize() is t)
items = [x.upper() for x in ["p", "q", "p"]]
print(items[0] is items[2], items[0] == items[2])
