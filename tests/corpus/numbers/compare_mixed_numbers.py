# int/float/bool comparisons are exact, even for ints too big for a float
big = 2 ** 53 + 1
print(big == 2.0 ** 53, big > 2.0 ** 53, big - 1 == 2.0 ** 53, 2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"))
print(10 ** 400 > 1e308, 10 ** 400 == float("inf"), 1 == 1.0, 1 < 1.5, -1 > -1.5, True == 1.0, False < 0.5)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, nan == 1, 1 != nan, [nan] == [nan], nan in [nan])
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, -0.0 == 0.0, 0 == -0.0, 1e16 == 10 ** 16, 1e23 == 10 ** 23)
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1.0 == True, sorted([3, 1.5, True, -2, 2 ** 64, -0.5]))
print(max(1, 1.0), max(1.0, 1), min(2 ** 64, 1e19), 9007199254740993 < 9007199254740992.0)
for a, b in [(1, 2), (2.5, 2), (2 ** 70, 2.0 ** 70), (-3, -3.0000001)]:
    print(a < b, a <= b, a > b, a >= b, a == b, a != b)
