# chained comparisons evaluate the middle operand once and short-circuit
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True)
print(v(1) < v(2) < v(0) < v(5))
x = 5
print(0 <= x < 10, 0 <= x < 5, "a" < "b" < "c", [1] < [1, 0] < [2])
print(1 < 2 is True, (1 < 2) is True, None is None is not False)
print(1 in [1, 2] in [[1, 2]], 2 not in [1] == True)
