from itertools import *
import itertools
print(list(islice(count(), 5)), count(3), count(1, 2), count(1.5), repeat('a', 3), list(repeat(1, 2)))
print(list(islice(cycle('ab'), 5)), list(chain('ab', [1])), list(chain.from_iterable(['ab', 'c'])))
print(list(islice('abcdefg', 2, None, 2)), list(islice(range(10), 3)), list(accumulate([1,2,3,4])), list(accumulate([1,2,3], lambda a,b: a*b, initial=10)))
print(list(product('ab', range(2))), list(product([1,2], repeat=2)))
print(list(permutations('abc', 2)), list(permutations(range(3))))
print(list(combinations('abcd', 2)), list(combinations_with_replacement('abc', 2)))
print([(k, list(g)) for k, g in groupby('aaabbc')], [(k, list(g)) for k, g in groupby([1,2,3,4], key=lambda x: x%2)])
print(list(zip_longest('abc', 'x', fillvalue='-')), list(starmap(pow, [(2,3),(3,2)])))
print(list(takewhile(lambda x: x<3, [1,2,3,1])), list(dropwhile(lambda x: x<3, [1,2,3,1])), list(filterfalse(None, [0,1,'',2])))
print(list(compress('abcdef', [1,0,1,0,1,1])), list(pairwise('abcd')))
a, b = tee([1,2,3]); print(list(a), list(b), type(a).__name__)
print(repr(chain()).split(' at ')[0], type(count()), list(combinations(range(4), 5)), list(product()))
for bad in (lambda: islice([], -1), lambda: islice([], 1, 2, 0), lambda: permutations('a', -1), lambda: count('a')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(itertools.__name__, sorted(n for n in dir(itertools) if not n.startswith('_'))[:5])
