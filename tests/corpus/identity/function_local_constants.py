# inside one function, equal constants share an object; in two functions they are merged too
def f():
    x = 5000
    y = 5000
    z = 2500 * 2
    return x is y, x is z, x
def g():
    return 5000
r = f()
print(r[:2], r[2] is g())
def h(n):
    return n is 5000
print(h(5000), h(int("5000")))
