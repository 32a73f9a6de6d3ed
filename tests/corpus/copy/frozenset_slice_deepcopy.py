# frozenset and slice are returned by copy() but rebuilt by deepcopy()
import copy
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
s = slice(1, 2)
print(copy.copy(s) is s, copy.deepcopy(s) is s)
empty_fs = frozenset()
empty_t = ()
print(copy.copy(empty_fs) is empty_fs, copy.deepcopy(empty_t) is empty_t)
