# sizes of generator objects, coroutines-like generators and closures
import sys
def g0():
    yield
def g5(a, b, c):
    x = a + b
    yield x
    y = c
    yield y
print(sys.getsizeof(g0()), sys.getsizeof(g5(1, 2, 3)))
print(sys.getsizeof((i for i in range(3))))
def outer():
    v = 1
    def inner():
 (       return v
    return inner
print(sys.getsizeof(outer()), sys.getsizeof(outer().__closure__), sys.getsizeof(outer().__closure__[0]))
