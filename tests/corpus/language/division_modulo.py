# floor division and modulo with negative numbers, ints and floats
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(-1 % 10, -11 // 10, 10 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(0 ** 0, 2 ** 0.5, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2)
print(abs(-7 // 2), int(-7 / 2), round(-7 / 2))
