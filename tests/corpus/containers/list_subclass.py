class L(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __getitem__(self, i):
        print('get', i)
        return super().__getitem__(i)
l = L([1, 2])
l.append(3)
print(l, l[0], len(l), type(l).__name__, type(l[:]).__name__)
print(l + [4], type(l + [4]).__name__)
class M(list):
    def __init__(self, n):
        super().__init__(range(n))
m = M(3)
print(m, isinstance(m, list), m == [0, 1, 2])
