# int(): strings in every base, underscores, whitespace, floats and objects with __int__/__index__
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for s in ["42", " -17 ", "+8", "1_000_000", "0", "-0", "00", "007", "1__0", "_1", "1_", "", " ", "12a", "٣", "1e3", "0x10", "١٢"]:
    show(lambda: int(s))
for s, base in [("ff", 16), ("0xff", 16), ("0XFF", 0), ("0o17", 0), ("0b101", 0), ("0b_101", 0), ("z", 36), ("Z", 36),
                ("10", 2), ("12", 2), ("010", 0), ("0_0", 0), ("0x", 16), ("7", 1), ("7", 37), ("7", -1), ("  -0x1f  ", 0)]:
    show(lambda: int(s, base))
show(lambda: int(b"  42  "))
show(lambda: int(bytearray(b"101"), 2))
show(lambda: int(3.99))
show(lambda: int(-3.99))
show(lambda: int(1e20))
show(lambda: int(float("inf")))
show(lambda: int(float("nan")))
show(lambda: int(True))
show(lambda: int(10, 2))
show(lambda: int([1]))
show(lambda: int(None))
show(lambda: int())
show(lambda: int("5", base=8))
show(lambda: int(x="5"))
class I:
    def __int__(self):
        return 7
class X:
    def __index__(self):
        return 9
class Bad:
    def __int__(self):
        return "no"
show(lambda: int(I()))
show(lambda: int(X()))
show(lambda: int(Bad()))
show(lambda: int("11", X()))
print(int("256") is 256, int("257") is 257, int("-5") is -5, int("-6") is -6)
