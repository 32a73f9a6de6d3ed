# repr/str of floats: shortest round-trip digits and the switch to exponent notation
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0, 0.0001, 0.00001, 1e-7, 1.5e-5,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 100.0, 1e22, 1e23, -0.0, 4.35,
        0.3, 2.675, 1.1 * 3, 3.0 * 1.1, 1e-310, 12345.678e10, float("inf"), -float("inf"), float("nan")]
for v in vals:
    print(repr(v), str(v), f"{v}", [v], float(repr(v)) == v or v != v)
print(1e16 + 2, 2 ** 0.5, 10 / 7, 22 / 7, 355 / 113, 0.1 * 0.1, 1 - 0.9, 100 * 1.1)
print(complex(0.1, 0.2), complex(1e16, -1e-5), -1j, complex(-0.0, 0.0), complex(float("nan"), float("inf")))
