# __doc__ of functions comes from a leading string constant only
import sys
def f():
    "Doc of f."
    return 1
def g():
    x = "not a doc"
    return x
def h(): pass
l = lambda: "x"
class C:
    "class doc"
    def m(self):
        """method doc"""
    def gen(self):
        "gen doc"
        yield 1
print(f.__doc__, g.__doc__, h.__doc__, l.__doc__, C.__doc__, C.m.__doc__, C.gen.__doc__)
f.__doc__ = "new"; print(f.__doc__)
def k():
    1
    "x"
print(k.__doc__)
