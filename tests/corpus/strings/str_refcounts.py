# Reference counts of strings held by lists, tuples and partitions.
import sys

base = "".join(["ref", "count"])
print(sys.getrefcount(base))
pair = base.partition("x")
print(sys.getrefcount(base))
lst = [base] * 3
print(sys.getrefcount(base))
parts = base.split()
print(sys.getrefcount(base), parts[0] is base)
joined = "".join([base])
print(sys.getrefcount(base), joined is base)
same = base.strip()
print(sys.getrefcount(base))
del pair, lst, parts, joined, same
print(sys.getrefcount(base))
words = "".join(["alpha beta ", "gamma"]).split()
print([sys.getrefcount(w) for w in words])
d = {w: len(w) for w in words}
print([sys.getrefcount(w) for w in words])
