# find/rfind/index/rindex/count with start and end, negative and huge bounds.
s = "".join(["abracadabra", ""])
for sub in ("a", "bra", "", "z", "abracadabra", "abracadabrax"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
for start, end in ((1, None), (-4, None), (0, -1), (3, 3), (20, None), (None, 5), (-100, 100), (5, 2)):
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end),
          s.find("", start, end), s.count("", start, end))
print(s.find("a", 2**80), s.find("a", -2**80), s.count("a", None, None), s.index("c"), s.rindex("b"))
for f in (s.index, s.rindex):
    try:
        f("z")
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ((), (1,), ("a", "x"), ("a", 1, 2, 3), (None,)):
    try:
        s.find(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.count()
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(sub="a")
except TypeError as e:
    print("TypeError:", e)
s.index("zz")
