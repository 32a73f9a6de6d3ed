import functools, sys
from functools import lru_cache, partial, cmp_to_key, reduce
@lru_cache(maxsize=3)
def f(x, y=1): return [x, y]
print(repr(f).split(' at ')[0], f.__name__, f.__wrapped__.__name__, f.cache_parameters())
print(f(1), f(1), f(2, y=3), f(2, y=3), f(3), f(4), f(1), f.cache_info())
class C:
    @lru_cache
    def m(self, n): return n * 2
    @functools.cached_property
    def p(self): return 5
c = C(); print(c.m(2), c.m(2), C.m.cache_info(), c.p)
print(repr(partial(print, 1, sep='-')).split(' at ')[0], partial.__doc__)
k = cmp_to_key(lambda a, b: a - b); print(type(k), sorted([3, 1, 2], key=k), type(k(1)).__name__)
try: reduce(lambda a, b: a, [])
except TypeError as e: print(e)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
x = object(); r = f(x); print(sys.getrefcount(x))
f.cache_clear(); print(sys.getrefcount(x), f.cache_info())
def bad(): raise ValueError('x')
g = lru_cache(bad)
g()
