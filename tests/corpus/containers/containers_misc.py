import sys
l = [1, 2, 3]
l += l
print(l)
l.extend(l)
print(l, len(l))
l[1:3] = l
print(len(l))
m = [3, 1, 2]
def k(x):
    print('key', x, len(m))
    return x
m.sort(key=k)
print(m)
class H:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __iter__(self): return iter(range(self.n))
print(list(H(3)), tuple(H(2)))
class LH:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): return 5
print(list(LH()))
d = {i: i for i in range(5)}
it = iter(d.items())
print(next(it), it.__length_hint__())
s = {1, 2, 3}
print(s.pop(), s.pop(), s)
print([1, 2, 3].index(2, -2), [1, 2, 3].index(3, -1))
print(list(range(10))[-3:], list(range(10))[:-7:-2], list(range(10))[100:], list(range(10))[-100:2])
a = [0] * 3
a[1:2] = [5, 6, 7]
print(a)
del a[-1:]
print(a)
t = tuple(x for x in range(3))
print(t, type(t).__name__)
print(sys.getrefcount(None) > 0)
e = enumerate([10, 20], 2 ** 70)
print(next(e))
print(dict.fromkeys(range(3), []))
print(sorted({3: 1, 1: 2}), sorted('bca'), sorted([3, 1], reverse=True))
print(list(map(lambda *a: a, [1, 2], 'ab', (9,))))
x = [1, 2, 3, 4, 5, 6]
print(x[1::2], x[::-3], x[4:1:-1], x[-1:-4:-1])
x[::2] = [0, 0, 0]
print(x)
print([[1, 2], [3]].index([3]), (1, 2) + (3,), (1,) * 3, [] * 5, 2 * (1, 2))
r = range(0, 10, 3)
print(list(filter(bool, [0, 1, 2])), list(filter(None, ())))
