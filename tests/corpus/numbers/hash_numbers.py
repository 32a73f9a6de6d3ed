# Equal numbers hash equally across int, float, bool and complex
vals = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 100, 0.5, -0.5, 1.5, 1e100, 3.0, float("inf"), -float("inf"), 1e-300, 2.5 + 0j, 3 + 4j, True, False]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True) == hash(1 + 0j), hash(-1) == hash(-2), hash(2 ** 61 - 1) == 0)
d = {}
for k in [1, 1.0, True, 1 + 0j, 2, 2.0, 0, False, -0.0, 0j]:
    d[k] = repr(k)
print(d)
s = {10 ** 20, 1e20, float(10 ** 20), 2 ** 64, 2.0 ** 64}
print(sorted(s), len(s))
