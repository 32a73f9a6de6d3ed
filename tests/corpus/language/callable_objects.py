# __call__, functions as objects with attributes, and higher-order functions
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
def f():
    f.calls += 1
    return f.calls
f.calls = 0
f()
f()
print(f(), f.__name__, sorted(f.__dict__))
def apply_twice(fn, x):
    return fn(fn(x))
print(apply_twice(add5, 0), apply_twice(str.upper, "a"), apply_twice(lambda s: s + s, "ab"))
