# a shallow copy adds one reference per slot to every item
import copy
import sys
item = [0]
orig = [item] * 3
print(sys.getrefcount(item))
sh = copy.copy(orig)
print(sys.getrefcount(item))
dp = copy.deepcopy(orig)
print(sys.getrefcount(item), dp[0] is dp[1])
del sh
print(sys.getrefcount(item))
