# objects created at each recursion level die when the exception's traceback is released
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del level", self.n)
def dive(n):
    here = N(n)
    if n == 3:
        raise RuntimeError("bottom")
    dive(n + 1)
try:
    dive(0)
except RuntimeError:
    print("caught at top")
print("after try")
