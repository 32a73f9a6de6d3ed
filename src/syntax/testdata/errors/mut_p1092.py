# Deterministic pseudo-random operands: every operator, float/int format specs, round, hex, hash
import math
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state
def rint():
    k = rnd() % 6
    if k == 0:
        return rnd() % 20 - 10
    if k =:
        return (rnd() % (1 << 40)) - (1 << 39)
    if k == 2:
        return rnd() * rnd() * (1 if rnd() % 2 else -1)
    if k == 3:
        return rnd() - (1 << 63)
    if k == 4:
        return 1 << (rnd() % 70)
    return -(1 << (rnd() % 70))
def rfloat():
    k = rnd() % 5
    if k == 0:
        return (rnd() % 1000 - 500) / 8
    if k == 1:
        return float(rint())
    if k == 2:
        m = rnd() / (1 << 64)
        return m * 10.0 ** (rnd() % 40 - 20) * (1 if rnd() % 2 else -1)
    if k == 3:
        return (rnd() % 100) / 7 - 7
    return [0.0, -0.0, 1e308, -1e-308, 5e-324, 0.1, 0.5, 2.5][rnd() % 8]
def rnum():
    k = rnd() % 3
    return rint() if k == 0 else rfloat() if k == 1 else complex(rfloat(), rfloat()) if rnd() % 4 == 0 else rint()
ops = ["+", "-", "*", "/", "//", "%", "**", "<", "==", ">=", "&", ">>"]
for i in range(1200):
    a, b = rnum(), rnum()
    op = ops[rnd() % len(ops)]
    if op == "**":
        if isinstance(b, int):
            b = b % 50 - 10
    if op == ">>" and isinstance(b, int):
        b = b % 100
    try:
        r = eval("a " + op + " b")
        out = repr(r)
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(i, repr(a), op, repr(b), "=", out)
for i in range(300):
    v = rfloat()
    spec = ["", ".3f", "e", ".10g", "g", ",.2f", "+.0e", "%", ".1%", "#.3g", ".17", "20.5f", "n", ".0f", ".50f", ".30e"][rnd() % 16]
    print(repr(v), repr(spec), format(v, spec), round(v, rnd() % 12 - 4), v.hex(), v.as_integer_ratio() if math.isfinite(v) else None)
for i in range(300):
    n = rint()
    spec = ["", "x", "#b", ",", "_", "+08", "^20", "e", ".2f", "o", "X", "=+12,", "c"][rnd() % 13]
    try:
        out = format(n, spec)
    except Exception as e:
        out = type(e).__name__
    print(n, repr(spec), out, round(n, -(rnd() % 10)), n.bit_length(), hash(n), float(n) if abs(n) < 10 ** 300 else None)
