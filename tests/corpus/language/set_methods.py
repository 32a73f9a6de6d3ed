# set operations on ints
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union([9]), a.intersection(range(3)), a.issubset(range(10)), {3, 4} <= b, {3} < {3})
a.add(10)
a.discard(1)
a.remove(2)
print(sorted(a), len(a), 10 in a)
try:
    a.remove(99)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2])
print(fs, {fs: "key"}[frozenset({2, 1})], set(), frozenset())
print(sorted({x % 3 for x in range(10)}), set("aab") == {"a", "b"})
s = {5, 1, 3}
print(s.pop() in (1, 3, 5), len(s))
