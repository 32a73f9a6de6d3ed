# the keep-alive list holds every original that was copied
import copy
a = [1]
b = [a, (a, 2), {"k": a}]
memo = {}
copy.deepcopy(b, memo)
keep = memo[id(memo)]
print(len(keep), sum(1 for x in keep if x is a), sorted(type(x).__name__ for x in keep))
