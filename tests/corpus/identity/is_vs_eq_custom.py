# == consults __eq__; is never does
class AlwaysEq:
    def __eq__(self, other):
        return True
a = AlwaysEq()
b = AlwaysEq()
print(a == b, a is b, a == 5, a != 5)
print(a in [b], a in [1, 2], [a] == [b], (a,) == (1,))
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(n == n, n is n, n in [n], [n] == [n])
nan = float("nan")
print(nan == nan, nan is nan, nan in [nan], [nan] == [nan])
