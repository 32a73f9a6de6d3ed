# repr of pseudo-random doubles (normal, subnormal, decimal-looking, powers of two): shortest digits, ties to even
state = 987654321
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return state
out = []
for i in range(1000):
    m = rnd() % (1 << 52)
    e = rnd() % 2046 - 1022
    f = float.fromhex("0x1." + format(m, "013x") + "p" + format(e, "d"))
    out.append(repr(f))
    g = (rnd() % 10 ** 17) / 10 ** (rnd() % 30)
    out.append(repr(g))
    out.append(repr(2.0 ** (rnd() % 2000 - 1000)))
    out.append(repr(float.fromhex("0x0." + format(m, "013x") + "p-1022")))
print(len(out))
for o in out:
    print(o)
