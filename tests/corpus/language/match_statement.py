# structural pattern matching: literals, sequences, mappings, classes, guards
def describe(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"seq starting {first} (+{len(rest)})"
        case {"type": "point", "x": px}:
            return f"point x={px}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "other"
for v in [0, -5, 7, [1, 2], [1, 2, 3], (9,), {"type": "point", "x": 3, "y": 4}, "hi", 2.5]:
    print(describe(v))
