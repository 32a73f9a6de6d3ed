# Floor division and modulo follow the divisor's sign; divmod agrees with // and %
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 5), (-5, 5), (1, 10**20), (-1, 10**20),
         (10**20, 7), (-10**20, 7), (10**20, -7), (-(2**63), -1), (2**63, 2**32)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b), q * b + r == a)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, -3), (-0.0, 3), (1e300, 1e-300), (5, 0.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
for expr in ["1 // 0", "1 % 0", "divmod(1, 0)", "1.0 // 0", "1.0 % 0", "divmod(1.0, 0)", "1 / 0", "1.0 / 0", "0 / 0.0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
