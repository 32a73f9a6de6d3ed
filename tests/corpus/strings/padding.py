# center/ljust/rjust/zfill: widths, fill characters, sign handling, identity when wide enough.
s = "".join(["ab", "c"])
for w in (-1, 0, 3, 4, 5, 6, 7, 10):
    print(w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "é")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abcd".center(7)))
for z in ("42", "-42", "+42", "", "-", "x-1", "ü"):
    print(repr(z), repr(z.zfill(5)), repr(z.zfill(0)))
print(s.center(3) is s, s.ljust(2) is s, s.rjust(-5) is s, s.zfill(1) is s, s.center(4) is s)
for bad in ((5, "ab"), (5, ""), (5, 1), ("x",), ()):
    try:
        s.center(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    s.zfill()
except TypeError as e:
    print("TypeError:", e)
try:
    s.ljust(2**63)
except OverflowError as e:
    print("OverflowError:", e)
