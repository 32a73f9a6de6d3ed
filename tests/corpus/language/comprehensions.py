# list, dict, set comprehensions with conditions and nesting
m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m)
print([x for row in m for x in row if x % 2])
print([[row[i] for row in m] for i in range(3)])
print({k: len(k) for k in ["a", "bb", "ccc"]})
print(sorted({x % 4 for x in range(20)}))
print([(x, y) for x in range(3) for y in range(x)])
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print([x if x > 2 else -x for x in range(5)])
print(sum(x * x for x in range(10) if x % 3 == 0))
