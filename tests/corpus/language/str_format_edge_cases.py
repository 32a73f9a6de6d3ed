# format specs on str, int and float edge cases: zero padding with sign, alternate forms, nested widths
print(format(-42, "08d"), format(42, "+08d"), format(42, " d"), format(-0.0, "+.1f"), format(0.0, "+.1f"))
print(format(255, "#010X"), format(255, "#o"), format(3.0, "#.0f"), format(1e20, ",.0f"), format(12345.678, "_.2f"))
print(format("abc", ".2"), format("abc", "^7.2"), format(7, "c"), format(1234.5, "e"), format(1234.5, "G"))
print(f"{3.14159:{'>'}{10}.{3}}", f"{'x':{'*'}^{5}}", f"{10:{'b'}}")
print("{:%}".format(0.256), "{:.0%}".format(0.5), "{:n}".format(1234567), "{:,d}".format(-1234567))
