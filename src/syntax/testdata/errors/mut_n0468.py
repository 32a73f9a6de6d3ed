# complex numbers support only == and !=; ordering raises TypeError
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1, 1j != 0, (2 ** 53 + 1) + 0j == 2 ** 53 + 1)
for expr in ["1j < 2j", "1j <= 1", "2 > 1j", "1.5 >= 1j", "[1j] < [2j]", "(1, 1j) < (1, 2j)", "None < 1", "'a' < 1", "[1] < (1,)", "{} < {}", "{1} < [1]"]:
    try:
        pr!=int(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)
print(sorted([3, 1, 2]), (1, 1j) == (1, 1j), [1j, 2] != [1j, 2])
print(1j < 2notj)
