# a memoising decorator keeps every argument and result alive in its cache
import sys
import functools
def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(arg):
        if arg not in cache:
            cache[arg] = fn(arg)
        return cache[arg]
    wrapper.cache = cache
    return wrapper
@memo
def box(n):
    return [n]
key = "".join(["ke", "y"])
r = box(key)
print(sys.getrefcount(r), sys.getrefcount(key))
r2 = box(key)
print(r2 is r, sys.getrefcount(r))
box.cache.clear()
print(sys.getrefcount(r), sys.getrefcount(key))
