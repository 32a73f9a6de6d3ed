# classes, modules and functions are not copied
import copy
import math
class A:
    pass
print(copy.copy(A) is A, copy.deepcopy(A) is A)
try:
    copy.copy(math)
    print("module copied?")
except TypeError as e:
    print("TypeError:", e)
print(copy.deepcopy([A, len])[0] is A)
