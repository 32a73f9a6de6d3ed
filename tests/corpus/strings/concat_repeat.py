# str + str and str * int: results, identity shortcuts, error messages.
import sys

a = "".join(["con", "cat"])
print(a + "enate", "x" + a, a * 2, 3 * "ab", a * 0, a * -4, repr("" * 5), "é" * 3 + "😀" * 2)
print(a + "" is a, "" + a is a, a * 1 is a, 1 * a is a, (a + "x") is (a + "x"))
print(a * True, a * False == "", sys.getrefcount(a))

class S(str):
    pass

x = S("sub")
print(type(x + ""), type("" + x), type(x * 1), type(x + "y"), (x + "") is x)

class R:
    def __radd__(self, other):
        return "radd(" + other + ")"
    def __rmul__(self, other):
        return "rmul(" + other + ")"

print("s" + R(), "s" * R())
for op in (lambda: a + 1, lambda: 1 + a, lambda: a + None, lambda: a * "b", lambda: a * 1.5, lambda: [1] * a,
           lambda: a - "b", lambda: a * 2**70, lambda: "ab" * 2**62, lambda: a + b"x", lambda: -a):
    try:
        op()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
b = a
b += "!"
print(b, a, b is a)
