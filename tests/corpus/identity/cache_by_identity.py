# caching by id() is only safe while the objects stay alive
cache = {}
def describe(obj):
    key = id(obj)
    if key not in cache:
        cache[key] = f"described {type(obj).__name__}"
    return cache[key]
a = [1]
print(describe(a), describe(a), len(cache))
b = [2]
print(describe(b), len(cache))
keep = [a, b]
print(all(describe(x).startswith("described") for x in keep), len(cache))
