# closures, nonlocal counters and the late-binding pitfall
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    x = "changed"
    return mid()
print(outer())
print(c1.__code__.co_freevars, counter.__code__.co_cellvars)
