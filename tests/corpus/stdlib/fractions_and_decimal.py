# fractions and decimal: exact arithmetic, rounding, contexts, hashing, errors
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from fractions import Fraction

print(Fraction(3, 6), Fraction("0.125"), Fraction(1.5), Fraction("-7/21"), Fraction(Decimal("2.5")))
f = Fraction(1, 3) + Fraction(1, 6)
print(f, repr(f), f.numerator, f.denominator, float(f), f ** 2, f ** -1, -f, abs(-f), f * 4)
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(22, 7).limit_denominator(5))
print(Fraction(3.14159).limit_denominator(1000), Fraction(10, 4).as_integer_ratio(), int(Fraction(-7, 2)))
print(sum(Fraction(1, n) for n in range(1, 8)), max(Fraction(2, 3), Fraction(3, 5)))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x/2"), lambda: Fraction(1.5, 2)]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.30") + Decimal("1.20"))
print(Decimal(0.1), Decimal("1e3"), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal(12345678901234567890))
print(repr(Decimal("3.14")), Decimal("2").sqrt(), Decimal("10").ln() if False else "", Decimal("1.005").quantize(Decimal("0.01")))
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("7.89").quantize(Decimal("1"), rounding=ROUND_DOWN))
print(round(Decimal("2.675"), 2), int(Decimal("-3.9")), float(Decimal("0.5")), Decimal("5") // Decimal("-2"), Decimal("5") % Decimal("-2"))
print(Decimal("3.0") == 3, Decimal("0.5") < 1, sorted([Decimal("2.5"), Decimal("-1"), Decimal("0.3")]))
print(Decimal("123.4500").normalize(), Decimal("1E+2").to_integral_value(), Decimal("12.5").as_tuple())
print(f"{Decimal('1234.5678'):,.2f}", format(Decimal("0.000123"), ".2e"), "%s" % Decimal("9.90"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
print(getcontext().prec, Decimal(2) ** 100)
