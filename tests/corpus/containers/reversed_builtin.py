print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class R:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(R())))
for bad in [3, {1}, {'a': 1}.values]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
it = reversed([1, 2, 3])
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print(type(reversed((1,))).__name__, type(reversed({1: 2})).__name__ in ('dict_reversekeyiterator', 'list_reverseiterator'))
