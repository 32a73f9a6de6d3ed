print(2 in [1, 2], 3 in (1, 2), 'a' in {'a': 1}, 1 in {1}, 5 in range(10), 'b' in 'abc')
print([1] in [[1]], (1, 2) in {(1, 2)}, 2.0 in [1, 2], 'x' not in {})
class Eq:
    def __eq__(self, other):
        print('eq called')
        return True
print(Eq() in [1], 1 in [Eq()])
try:
    [] in {1}
except TypeError as e:
    print(e)
try:
    1 in 3
except TypeError as e:
    print(e)
