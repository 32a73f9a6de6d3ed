# nonlocal rebinding replaces the cell contents and frees the old value
import sys
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def counter():
    obj = Noisy(0)
    def bump():
        nonlocal obj
        obj = Noisy(obj.n + 1)
        return obj.n
    return bump
b = counter()
print(b())
print(b())
print(sys.getrefcount(b.__closure__[0].cell_contents))
del b
print("end")
