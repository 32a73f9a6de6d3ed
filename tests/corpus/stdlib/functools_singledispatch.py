import sys, functools
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cached_property, cmp_to_key, singledispatch
def f(a, b, c=3): return a + b + c
p = partial(f, 1, c=10)
print(p(2), p.func is f, p.args, p.keywords, repr(p).split(' at ')[0])
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0))
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def hello(x):
    """Say hello."""
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info())
@lru_cache(maxsize=2)
def g(x): return [x]
g(1); g(2); g(1); g(3); print(g.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
class C:
    @cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val, c.__dict__)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"))
x = object(); p2 = partial(print, x); print(sys.getrefcount(x))
print(type(p), partial(partial(f, 1), 2).args)
