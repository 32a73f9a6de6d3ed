# abs, divmod, pow, round, hex/oct/bin and __index__.
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10**30), abs(3 + 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-7, -2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, -1, 7), pow(-3, 3, 7), pow(5, 0, 1))
print(round(2.5), round(3.5), round(-2.5), round(3.14159, 2), round(1234, -2), round(7))
print(hex(255), hex(-42), oct(8), oct(-8), bin(10), bin(0), hex(10**20))


class Idx:
    def __index__(self):
        return 12


class Mag:
    def __abs__(self):
        return "magnitude"

    def __round__(self, n=None):
        return ("rounded", n)


print(hex(Idx()), bin(Idx()), abs(Mag()), round(Mag()), round(Mag(), 3))
for call in (
    lambda: abs("x"),
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: divmod(1, "a"),
    lambda: pow(2, 3, 0),
    lambda: pow(2.0, 3, 5),
    lambda: pow(2, -1, 4),
    lambda: pow(1),
    lambda: round("x"),
    lambda: hex(1.5),
    lambda: bin("1"),
):
    try:
        print(call())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
