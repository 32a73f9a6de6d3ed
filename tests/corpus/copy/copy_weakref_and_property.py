# weak references and properties are atomic for copy and deepcopy
import copy
import weakref
class T:
    pass
t = T()
r = weakref.ref(t)
print(copy.copy(r) is r, copy.deepcopy(r) is r)
p = property(lambda self: 1)
print(copy.copy(p) is p, copy.deepcopy(p) is p)
