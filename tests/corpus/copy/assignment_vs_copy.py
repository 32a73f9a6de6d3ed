# the seed's assignment, shallow copy (three idioms) and deep copy comparison
import copy
original = [[1, 2], [3, 4]]
reference = original
reference[0][0] = 999
print(original, reference is original)
original = [[1, 2], [3, 4]]
for make in (copy.copy, lambda l: l[:], list, lambda l: l.copy()):
    s = make(original)
    print(s is original, s[0] is original[0], s == original)
deep = copy.deepcopy(original)
deep[0][0] = 999
print(original, deep)
