# copy.copy of a nested list shares the inner lists
import copy
orig = [[1, 2], [3, 4]]
sh = copy.copy(orig)
print(sh == orig, sh is orig, sh[0] is orig[0])
sh.append([5])
sh[0][0] = 99
print(orig, sh)
