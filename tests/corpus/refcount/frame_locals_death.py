# at return a frame releases its locals in slot order; return value survives
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    a = N("a")
    b = N("b")
    c = N("c")
    print("returning")
    return b
r = f()
print("returned", r.n)
del r
print("end")
