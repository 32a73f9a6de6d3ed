# Float // and % keep CPython's sign rules, including signed zeros
cases = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 2.0), (-0.0, 2.0), (0.0, -2.0),
         (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0), (1.0, 0.1), (-1.0, 0.1), (1e-300, 1e300), (-1e-300, 1e300),
         (5.5, float("inf")), (-5.5, float("inf")), (float("inf"), 2.0), (2.0, float("nan"))]
for a, b in cases:
    print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b))
