import sys
d = {}
for c in 'abcdefghij':
    d[c] = 1
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
for c in 'abcdefgh':
    del d[c]
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
e = {}
e.update(d)
print(sys.getsizeof(e))
f = {i: i for i in range(5)}
print(sys.getsizeof(f), sys.getsizeof(f.copy()), sys.getsizeof({**f}), sys.getsizeof(f | f))
g = {}
for c in 'abcde':
    g[c] = 1
print(sys.getsizeof(g))
g.popitem()
g['x'] = 1
print(sys.getsizeof(g))
print(sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict.fromkeys({1, 2, 3})))
