# float(): literals, special values, underscores, and objects with __float__/__index__
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for s in ["1.5", " -2.25 ", "1e5", "1E-3", ".5", "5.", "inf", "-Infinity", "NaN", "+nan", "1_000.5", "1__0", "_1", "1_.5",
          "0x10", "", "abc", "1e", "e5", "--1", "1.5j", "  7  ", "1e400", "-1e400", "1e-400"]:
    show(lambda: float(s))
show(lambda: float(b"2.5"))
show(lambda: float(7))
show(lambda: float(10 ** 400))
show(lambda: float(True))
show(lambda: float([1]))
show(lambda: float(1j))
show(lambda: float(1, 2))
show(lambda: float())
class F:
    def __float__(self):
        return 2.5
class Idx:
    def __index__(self):
        return 3
class Bad:
    def __float__(self):
        return 1
show(lambda: float(F()))
show(lambda: float(Idx()))
show(lambda: float(Bad()))
x = 1.5
print(float(x) is x, float("1.5") is x)
