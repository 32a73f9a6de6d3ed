# itertools: product, permutations, combinations, accumulate, groupby, chain, count
import itertools
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations(range(4), 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.chain([1], (2, 3), "x")), list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.repeat("z", 3)))
