# f-strings: nested replacement fields in specs, conversions, and __format__ calls
x, w, p = 3.14159, 10, 3
print(f"[{x:{w}.{p}f}] [{x:<{w}}] [{x:^{w}.{p}}] [{-x:+.{p}e}] [{x!r:>12}] [{x!s}]")
n = 255
print(f"{n:#x} {n:#o} {n:#b} {n:08b} {n:,} {n:_b} {n * 1000:,} {n:c} {n:e}")
name = "bob"
print(f"{name!r} {name:>6} {name:^7}| {name.upper()!s:*<6} {len(name):03}")
for i in range(3):
    print(f"{i:>{i + 2}}|{i * 1.5:.{i}f}|{'x' * i:-^5}")
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("__format__ called with", repr(spec))
        return format(self.cents / 100, spec or ".2f") + " EUR"
m = Money(12345)
print(f"{m} / {m:.1f} / {m:>12.3f}")
print("{:>8} {:<6}|{:^7.2%}".format("a", 2, 0.5), "{0}{1}{0}".format("ab", 3))
val = 12.5
print(f"{val=} {val = :.2f} {n=:#x}")
