# str sizes of each kind (ASCII, latin-1, UCS-2, UCS-4) and of computed strings
import sys
for ch in ("a", "\xe9", "\u0101", "\U0001f600"):
    print(repr(ch), [sys.getsizeof(ch * n) for n in (0, 1, 2, 7, 8, 100)])
a = "abc"
b = "\xe9t\xe9"
c = "\u20ac"
d = "\U0001f40d"
print(sys.getsizeof(a + a), sys.getsizeof(a + b), sys.getsizeof(b + c), sys.getsizeof(a + d), sys.getsizeof(c + d))
print(sys.getsizeof("".join([a, b, c])), sys.getsizeof((a + d)[:3]), sys.getsizeof((b + c)[:3]))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)), sys.getsizeof(f"{a}{b}"), sys.getsizeof(a.upper()))
print(sys.getsizeof("x" * 1000), sys.getsizeof("\xff" * 1000), sys.getsizeof("\uffff" * 1000), sys.getsizeof("\U00010000" * 1000))
