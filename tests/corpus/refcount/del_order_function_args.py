# arguments passed as temporaries die after the call returns, last argument first
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f(a, b, c):
    print("in f")
f(N(1), N(2), N(3))
print("after f")
def g(*args):
    print("in g", len(args))
g(N(4), N(5))
print("after g")
def h(**kw):
    print("in h", sorted(kw))
h(x=N(6), y=N(7))
print("end")
