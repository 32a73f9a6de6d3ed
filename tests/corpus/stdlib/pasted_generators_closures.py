# A pasted lesson on generators, closures and decorators with functools and itertools.
import itertools
from functools import lru_cache, partial, reduce
import sys


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(itertools.islice(fibonacci(), 10)))


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


c = make_counter(10)
print(c(), c(), c(5), c.__closure__[0].cell_contents)


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def slow_square(n):
    return n * n


print([slow_square(i) for i in [2, 3, 2]], sorted(slow_square.cache.items()))


@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(20), ways.cache_info())

power = partial(pow, 2)
print([power(i) for i in range(5)], power.func, power.args)
print(reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3, 4], [0]))


def chunked(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


print(list(chunked(range(7), 3)))
pairs = list(itertools.combinations('ABC', 2))
print(pairs, list(itertools.accumulate([3, 1, 4, 1, 5], max)))
for key, group in itertools.groupby(sorted("mississippi")):
    print(key, len(list(group)), end='; ')
print()
gen = (x * x for x in range(3))
print(next(gen), list(gen), list(gen))
squares = map(lambda x: x * x, filter(lambda x: x % 2, range(10)))
print(list(squares), list(zip(*[(1, 'a'), (2, 'b')])))
x = object()
holder = partial(print, x)
print(sys.getrefcount(x))
del holder
print(sys.getrefcount(x))
