# float ** float: special values, negative bases, zero to a negative power, overflow
inf, nan = float("inf"), float("nan")
bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, inf, -inf, nan]
exps = [0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, inf, -inf, nan]
for x in bases:
    row = []
    for y in exps:
        try:
            row.append(repr(x ** y))
        except ZeroDivisionError:
            row.append("ZDE")
    print(repr(x), " ".join(row))
for expr in ["(-8.0) ** (1/3)", "(-1) ** 0.5", "(-2.0) ** 1.5", "10.0 ** 400", "(-10.0) ** 401", "2.0 ** -1075", "0.0 ** -1", "0 ** -2.5", "1e300 ** 2"]:
    try:
        print(expr, "=", eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e, e.args)
