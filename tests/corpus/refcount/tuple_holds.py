# a tuple holds its items; items die when the tuple dies
import sys
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = N(1)
t = (a, N(2), a)
print(sys.getrefcount(a))
del a
print("a name gone")
print(sys.getrefcount(t[0]))
del t
print("end")
