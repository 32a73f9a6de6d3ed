# float formatting: e/f/g/%/n/none, precision, '#', 'z', grouping, signs and special values
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.5, 0.125, 0.375, 2.675, 1234.5678, 1e16, 1e-5, 123456789.0, 1e100, 5e-324,
          float("inf"), float("-inf"), float("nan")]
specs = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0f", ".1f", ".2f", ".3e", ".0e", ".3g", ".10g", ".3", ".0", "#", "#.0f",
         "#g", "#.3g", "z.1f", "+.2f", " .2f", "010.2f", "<10", "^12.3", ",", ",.2f", "_.1f", "=+10.1f", "0<8", "x>8.1%"]
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("VE")
    print(repr(v), "|".join(out))
for s in ["d", "x", "c", "s", "b", ",d"]:
    try:
        format(1.5, s)
    except ValueError as e:
        print(repr(s), e)
print(format(1.7976931348623157e308, ".0f")[:30], len(format(1.7976931348623157e308, "f")), format(5e-324, ".1100f").rstrip("0")[-12:])
