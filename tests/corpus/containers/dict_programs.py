import sys
d = {'b': 1, 'a': 2}
del d['b']
d['b'] = 3
print(d, list(d), d.popitem(), d)
e = {}
for i in range(10):
    e[i] = str(i)
    e.setdefault(-i, None)
print(len(e), list(e)[:6])
f = {1: 'x', 'k': 2, (1, 2): 3, None: 4, 2.5: 5}
print(f, f[(1, 2)], f[None], f[2.5], 1.0 in f, True in f)
g = {1: 'a'}
g[1.0] = 'b'
g[True] = 'c'
print(g)
h = dict.fromkeys(['x', 'y'])
print(h == {'y': None, 'x': None}, h != {'x': 1})
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, sys.getrefcount(nested['a']))
d2 = {'x': 1}
for k in d2:
    d2['y'] = 2
