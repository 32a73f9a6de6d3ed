# what the memo dict holds after deep-copying a small structure
import copy
a = [1]
b = {"a": a, "t": (a, 2)}
memo = {}
out = copy.deepcopy(b, memo)
kinds = sorted(type(v).__name__ for k, v in memo.items() if k != id(memo))
print(kinds, len(memo[id(memo)]))
print(memo[id(a)] is out["a"], memo[id(b)] is out, out["t"][0] is out["a"])
