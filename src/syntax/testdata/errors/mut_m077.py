# dict methods, ordering, views and merging
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.pop("a"), d.pop("zz", None))
print(d.popitem(), d)
d.update({"b": 20}, e=5)
print(d, len(d), "b" in d, 20 in d)
keys = d.keys()
d["f"] = 6
print(keys, keys & {"b", "x"}, sorted(keys | {"y"}))
print({**d, "b": 0}, d | {"g": 7}, dict(zip("xy", [1, 2])), dict.fromkeys("ab", 0))
del d["b"]
print(d, {k: v for k, v in sorted(d.items(), key=lambda kv: -kv[])})
print({1: "int", 1.0: "float", True: "bool"})
