# proxies forward operators and calls to the referent
import weakref
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return self.v + o
    def __call__(self, x):
        return x * self.v
    def __len__(self):
        return self.v
n = Num(3)
p = weakref.proxy(n)
print(p + 4, p(5), len(p), p.v)
cp = weakref.proxy(n, lambda r: print("proxy callback"))
del n
print("end")
