# complex arithmetic, mixed with int/float; complex has no // or %
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, -a, +a, abs(a), a.conjugate())
print(a == 3 + 4j, a != b, 1j * 1j, 1j ** 2, (1 + 0j) == 1, 2.0 + 0j == 2)
print(a.real, a.imag, (5).real, (5).imag, (2.5).real, (2.5).imag)
print(0j, -0j, complex(-0.0, -0.0), 1e300j * 1e300j, (1e200 + 1e200j) ** 2)
for expr in ["a // 2", "a % 2", "divmod(a, 2)", "a / 0", "0j ** -1", "0j ** 1j", "(1e200 + 0j) ** 2", "a < b", "abs(1e308 + 1e308j)"]:
    try:
        print(expr, "=", eval(expr))
    except (TypeError, ZeroDivisionError, OverflowError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
