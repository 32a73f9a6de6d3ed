# a temporary returned through several calls dies only after the outermost use
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make(n):
    return N(n)
def wrap(n):
    return make(n)
print(wrap(1).n)
print("between")
v = wrap(2)
print(v.n)
v = wrap(3)
print("end")
