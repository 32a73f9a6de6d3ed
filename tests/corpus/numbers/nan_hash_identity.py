# NaN hashes by object identity in 3.10+: distinct NaN objects are distinct keys
import sys
a = float("nan")
b = float("nan")
print(hash(a) == hash(a), hash(a) == hash(b), hash(a) == 0)
d = {a: 1, b: 2}
print(len(d), d[a], d[b], a in d, float("nan") in d)
s = {a, b, a}
print(len(s))
print(hash(a) == id(a) >> 4, hash(float("inf")), hash(-float("inf")))
c = complex(float("nan"), 1)
print(hash(c) == hash(c), hash(c) == hash(complex(float("nan"), 1)))
nan = float("nan")
print([nan] == [nan], nan == nan, {nan: 0}[nan], len({float("nan") for _ in range(3)}))
