# True division of ints is correctly rounded even when the operands do not fit a float
print(10 ** 400 / 10 ** 399, 10 ** 399 / 10 ** 400, 1 / 3, 2 / 3, -2 / 3)
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1, (2 ** 54 + 3) / 2)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076, 1 / 10 ** 400, -1 / 10 ** 400)
print(10 ** 308 / 10 ** -0 if False else 10 ** 308 / 1, (10 ** 309) / 10)
print(123456789123456789123456789 / 987654321987654321, 7 ** 100 / 3 ** 150)
for expr in ["10 ** 400 / 1", "2 ** 1024 / 1", "1 / 0", "10 ** 400 / 0", "10 ** 400 * 1.0", "float(10 ** 400)", "10 ** 400 + 0.5"]:
    try:
        print(expr, "=", eval(expr))
    except (OverflowError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)
print(2 ** 1023 * 1.5, float(2 ** 1023), float(-(2 ** 1023)), float(2 ** 1024 - 2 ** 971))
print(float(2 ** 1024 - 2 ** 970))
