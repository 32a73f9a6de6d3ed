# the seed's claim: copying a tuple of ints returns the original for both copy kinds
import copy
original = (1, 2, 3)
shallow = copy.copy(original)
deep = copy.deepcopy(original)
print(original is shallow)
print(original is deep)
mixed = (1, [2])
print(copy.copy(mixed) is mixed, copy.deepcopy(mixed) is mixed)
