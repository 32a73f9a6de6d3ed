# breaking a two-node cycle by hand: refcounting frees both, then what they held, then its weakref callback runs
import gc
import weakref
gc.collect()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = N("a")
b = N("b")
a.peer = b
b.peer = a
token = N("token")
a.token = token
r = weakref.ref(token, lambda ref: print("token gone"))
del token
print("breaking the cycle by hand")
a.peer = None
del a
print("a released")
del b
print("end")
