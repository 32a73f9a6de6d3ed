# numeric tower equality across int, float, complex, bool and Fraction/Decimal
from fractions import Fraction
from decimal import Decimal
print(1 == 1.0 == 1 + 0j == True == Fraction(1) == Decimal(1))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, Fraction(1, 10) + Fraction(2, 10) == Fraction(3, 10))
print(Decimal("0.1") + Decimal("0.2"), Fraction(3, 4) + 1, float(Fraction(1, 3)))
print({1: "a", 1.0: "b"}, len({1, 1.0, True}), hash(0.5) == hash(Fraction(1, 2)))
print(2 ** 0.5 * 2 ** 0.5 == 2, round(2 ** 0.5 * 2 ** 0.5, 10) == 2)
