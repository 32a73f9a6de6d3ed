# copy.deepcopy of a nested list copies every level
import copy
orig = [[1, 2], [3, [4, 5]]]
dp = copy.deepcopy(orig)
print(dp == orig, dp is orig, dp[0] is orig[0], dp[1][1] is orig[1][1])
dp[1][1][0] = 0
print(orig, dp)
