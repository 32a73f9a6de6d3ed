# set copies: set(s), s.copy(), copy.copy; deepcopy of a set of tuples
import copy
s = {1, 2, (3, 4)}
for c in (set(s), s.copy(), copy.copy(s), copy.deepcopy(s)):
    print(c == s, c is s)
t = next(x for x in s if isinstance(x, tuple))
print(any(x is t for x in copy.deepcopy(s)))
