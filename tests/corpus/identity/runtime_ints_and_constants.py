# int identity: constants of one code object are shared, run-time results are not
def f():
    a = 1000
    b = 1000
    return a, b
def g():
    return 1000
x, y = f()
print(x is y, x is g(), f()[0] is f()[0], g() is g())
n = 999
print(n + 1 is 1000, n + 1 == 1000, int("1000") is int("1000"), (n + 1) is (n + 1))
print(int("256") is 256, int("257") is 257, -5 is -(5), 2 ** 8 is 256, 2 ** 9 == 512)
print(abs(-7) is 7, [7][0] is 7, max(300, 1) is max(300, 1), sum([100, 100, 57]) is 257)
t = (1000, 1000)
print(t[0] is t[1], t[0] is x)
lam = lambda: 1000
print(lam() is lam(), lam() is x)
