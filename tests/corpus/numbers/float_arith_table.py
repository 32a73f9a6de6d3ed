# Float arithmetic mixed with ints and bools; results printed with repr
vals = [-2.5, -1, -0.0, 0, 0.5, True, 3, 1e16, 1e-3]
for a in vals:
    out = []
    for b in vals:
        r = []
        for op in ("+", "-", "*", "/"):
            try:
                r.append(repr(eval("a " + op + " b")))
            except ZeroDivisionError as e:
                r.append("Z")
        out.append(",".join(r))
    print(repr(a), " | ".join(out))
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1e308 * 10, -1e308 * 10, 1e-320 / 10, 2.0 ** 0.5)
print(1e16 + 1, 1e16 + 2, 9007199254740993 + 0.0, 0.1 + 0.7, 3 * 0.1 == 0.3)
