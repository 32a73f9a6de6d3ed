# float methods: is_integer, as_integer_ratio, hex/fromhex, real/imag, dunders
for x in [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 1e16, 123.456]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, x.real, x.imag, x.conjugate())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex(), float("nan").is_integer(), float("inf").is_integer())
for s in ["0x1.8p1", "1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", " 0xAp0 ", "inf", "0x1p1024", "0xzz", "0x1.p", "0x.8"]:
    try:
        print(s, repr(float.fromhex(s)))
    except (ValueError, OverflowError) as e:
        print(s, "->", type(e).__name__ + ":", e)
for x in [float("inf"), float("nan")]:
    try:
        x.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print((2.5).__floor__(), (-2.5).__ceil__(), (2.7).__trunc__(), (2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (-0.5).__round__())
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__add__(1.5, "x"), (1.5).__int__(), (-1.5).__abs__(), (7.0).__mod__(-3))
