s = {100, 5, 37, 64, 1000, 2}
print(s)
f = frozenset([100, 5, 37, 64, 1000, 2])
print(f)
x = set()
x.update(f)
print(x)
print(set(f))
print({'apple', 'banana', 'cherry', 'date'}, frozenset(['apple', 'banana', 'cherry', 'date']))
