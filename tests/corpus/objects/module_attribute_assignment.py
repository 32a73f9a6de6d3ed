# assigning and deleting module attributes; print() writes to a replaced sys.stdout
import sys
class C:
    def m(self): pass
c = C(); d = C()
print(c.m == c.m, c.m != c.m, c.m == d.m, c.m == C.m, hash(c.m) == hash(c.m))
print([1].append == [1].append)
class W:
    def write(self, s): old.write("W:" + s)
old = sys.stdout
sys.stdout = W()
print("hi")
sys.stdout = old
print("back")
sys.foo = 3; print(sys.foo); del sys.foo
try:
    del sys.foo
except AttributeError as e: print(e)
