# int formatting: alignment, sign, alternate forms, grouping, zero padding, bases and 'c'
specs = ["", "d", "5", "<5", "^5", ">5", "=5", "*^9", "+", "-", " ", "+05", "05", "08,", ",", "_", "_x", "_b", "#x", "#X", "#o", "#b",
         "#010x", "x", "X", "o", "b", "n", "c", "e", "f", ".2f", "%", "g", "010_", "-^+8", "0=8", "z"]
for n in [0, 7, -7, 65, 1234567, -98765432, 2 ** 64]:
    out = []
    for s in specs:
        try:
            out.append(repr(format(n, s)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(n, " ".join(out))
for n, s in [(1, ".2"), (1, "s"), (1, ",,"), (1, ",_"), (1, "_,"), (1, ",b"), (1, "+c"), (1, "#c"), (-1, "c"), (0x110000, "c"), (1, "z"), (1, "xx"), (1, "."), (1, "99999999999999999999"), (1, "\u00e9")]:
    try:
        print(repr(s), format(n, s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__ + ":", e)
