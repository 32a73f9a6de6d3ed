# Every binary operator over small ints of both signs, including the ZeroDivisionErrors
vals = [-7, -3, -1, 0, 1, 3, 7]
ops = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("/", lambda a, b: a / b),
    ("**", lambda a, b: a ** b),
]
for name, f in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                row.append(repr(f(a, b)))
            except ZeroDivisionError as e:
                row.append("ZDE(" + str(e) + ")")
        print(a, name, ":", " ".join(row))
