# round(), divmod(), pow() with a modulus, abs(): CPython's exact results
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e16 + 1, 123.456, -123.456]:
    print(repr(x), round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 0))
for n in [1234, 1250, 1350, -1250, -1350, 5, 15, 25, 2 ** 70]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), round(n, -30))
print(round(1e300, -300), round(5e-324, 400), round(1.2e308, -308), round(0.5e-320, 330), round(-0.0), round(-0.4, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__na_, type(round(7)).__name__, type(round(7, -1)).__name__)
for a, b in [(7, 3), (-7, 3), (7.5, -2), (2 ** 70, 3), (True, 2)]:
    print(divmod(a, b), abs(a), abs(-a))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5), pow(3, 3, -5), pow(2, 100, 10 ** 9 + 7), pow(2.0, 3), pow(2, 0.5))
for expr in ["pow(2, 3, 0)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "round(float('inf'))", "round(float('nan'))", "round(1e308, -309)", "round(1.7976931348623157e308, -308)", "round(1.5, 'x')", "divmod(1j, 1)"]:
    try:
        print(expr, "=", eval(expr))
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
        try:
