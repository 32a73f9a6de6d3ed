# copies preserve insertion order; views of a copy are independent
import copy
d = {"z": 1, "a": 2, "m": 3}
c = copy.copy(d)
c["b"] = 4
del c["z"]
print(list(d), list(c), list(copy.deepcopy(d).items()))
