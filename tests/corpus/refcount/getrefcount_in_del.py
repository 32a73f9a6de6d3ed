# refcount of self inside __del__ (the object is being finalised)
import sys
class K:
    def __del__(self):
        print("in __del__", sys.getrefcount(self))
k = K()
del k
def f():
    local = K()
f()
print("end")
