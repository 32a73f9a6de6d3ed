f = frozenset([1, 2, 3])
print(f, frozenset(f) is f, f.copy() is f, type(f | {4}).__name__, type({4} | f).__name__)
print(f & {2, 3, 9}, f - {1}, f ^ {1, 5})
print(hash(f) == hash(frozenset([3, 2, 1])), {f: 1}[frozenset({1, 2, 3})])
try:
    f.add(1)
except AttributeError as e:
    print(e)
print(frozenset(), frozenset() == set(), frozenset('aab'))
class FS(frozenset):
    pass
g = FS([1, 2])
print(type(g).__name__, g, type(g | {3}).__name__)
