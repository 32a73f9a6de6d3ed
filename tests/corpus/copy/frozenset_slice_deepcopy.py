# frozenset and slice are returned by copy() but rebuilt by deepcopy()
import copy
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs, copy.deepcopy(fs) == fs)
s = slice(1, 2)
print(copy.copy(s) is s, copy.deepcopy(s) is s)
print(copy.copy(frozenset()) is frozenset(), copy.deepcopy(()) is ())
