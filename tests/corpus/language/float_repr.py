# float repr and str: shortest round-trip, exponents, special values, rounding
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0)
print(1e-5, 0.0001, 1e-4 * 10, 5e-324, 1.7976931348623157e308, 2.5e-10)
print(float("inf"), -float("inf"), float("nan"), -0.0, 0.0 == -0.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(0.5))
print(1.0, 100.0, 1e22, 1e21 * 10, float(10 ** 16), 3.0 * 1.1)
print(int(3.99), int(-3.99), float(7), 7 / 7, 2 ** -1, 10 / 4)
print((0.1).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(repr(1.1), str(1.1), format(1.1, ".20f"), 1.1 * 3, sum([0.1] * 10))
import math
print(math.pi, math.e, math.sqrt(2), math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5))
