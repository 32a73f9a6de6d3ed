# dict copy idioms are shallow; deepcopy copies values
import copy
d = {"a": [1, 2], "b": {"c": [3]}}
for name, c in [("copy()", d.copy()), ("dict()", dict(d)), ("{**d}", {**d}), ("copy.copy", copy.copy(d)), ("comprehension", {k: v for k, v in d.items()})]:
    print(name, c == d, c is d, c["a"] is d["a"])
dd = copy.deepcopy(d)
print(dd == d, dd["a"] is d["a"], dd["b"]["c"] is d["b"]["c"])
