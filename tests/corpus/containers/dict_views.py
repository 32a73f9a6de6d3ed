d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i)
d['d'] = 4
print(list(k), list(v), list(i))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'})
print(i & {('a', 1)}, k.isdisjoint({'x'}), k.isdisjoint(['a']))
print(list(reversed(k)), list(reversed(v)), list(reversed(d)))
print(type(k).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
