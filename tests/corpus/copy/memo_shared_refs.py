# deepcopy keeps shared sub-objects shared in the copy
import copy
shared = [0]
orig = [shared, shared, {"s": shared}]
dp = copy.deepcopy(orig)
print(dp[0] is dp[1], dp[0] is dp[2]["s"], dp[0] is shared)
dp[0].append(1)
print(dp, orig)
