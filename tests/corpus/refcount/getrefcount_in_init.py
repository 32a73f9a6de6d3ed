# refcount of self inside __init__ and __new__, while the constructor call is in progress
import sys
class K:
    def __new__(cls):
        obj = super().__new__(cls)
        print("in __new__", sys.getrefcount(obj))
        return obj
    def __init__(self):
        print("in __init__", sys.getrefcount(self))
k = K()
print("after", sys.getrefcount(k))
