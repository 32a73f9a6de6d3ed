# int ** int: exact when the exponent is non-negative, a float otherwise
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, (-1) ** 1001, 1 ** 10 ** 30, 0 ** 10 ** 30)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5, 3 ** -1, 7 ** -20)
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(True ** 2).__name__)
print(10 ** 100, 3 ** 200 % 10 ** 10, (-3) ** 101)
for expr in ["0 ** -1", "0 ** -(10 ** 30)", "(10 ** 400) ** -1", "2 ** -(10 ** 400)"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
