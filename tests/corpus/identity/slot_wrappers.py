# slot wrappers vs method descriptors, method-wrappers vs built-in methods: types, reprs, sizes, refcounts
import sys, gc, types
class P:
    def __init__(self): pass
a = []
for obj in [object.__init__, list.__len__, list.append, list.__getitem__, dict.__contains__, tuple.__getitem__,
            int.__add__, str.__repr__, object.__reduce_ex__, P.__init__, a.__len__, a.append, a.__getitem__, (1).__add__]:
    print(type(obj).__name__, repr(obj).split(" at 0x")[0], sys.getsizeof(obj))
print(sys.getrefcount(a))
m = a.__len__
print(sys.getrefcount(a), m(), m.__self__ is a, m.__name__)
n = a.append
print(sys.getrefcount(a))
del m, n
print(sys.getrefcount(a))
print(isinstance(object.__init__, types.WrapperDescriptorType), isinstance(a.__len__, types.MethodWrapperType),
      isinstance(list.append, types.MethodDescriptorType), a.__len__ == a.__len__, a.__len__ is a.__len__)
print(object.__eq__(1, 1), object.__eq__(1, 2), int.__add__(2, 3), list.__len__([1, 2]))
a=[]
print(a.append == a.append, a.__len__ == a.__len__, len == len, a.append == [].append, a.append != a.append)
class C:
    def f(self): pass
c = C()
print(c.f == c.f, c.f == C().f)
