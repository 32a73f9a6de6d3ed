# Benchmark: call-heavy -- recursive functions, methods, closures and keyword arguments.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Acc:
    def __init__(self):
        self.v = 0

    def add(self, x, scale=1):
        self.v += x * scale
        return self


def make_adder(k):
    def add(x):
        return x + k
    return add


def run():
    r = fib(31)
    a = Acc()
    add3 = make_adder(3)
    for i in range(5000000):
        a.add(add3(i), scale=2)
    return r, a.v


print(run())
