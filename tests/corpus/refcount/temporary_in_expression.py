# temporaries in an expression die as soon as the expression no longer needs them
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __add__(self, other):
        print("add", self.n, other.n)
        return N(self.n + other.n)
r = N(1) + N(2) + N(4)
print("result", r.n)
print(len([N(10), N(20)]))
print("end")
