# constants are per code object: nested functions and comprehensions have their own
def outer():
    x = 123456
    def inner():
        return 123456
    y = [123456 for _ in range(1)][0]
    return x, inner(), y
a, b, c = outer()
print(a is b, a is c, b is c)
def s1():
    return "shared_name"
def s2():
    return "shared_name"
print(s1() is s2())
def t1():
    return (1, 2)
def t2():
    return (1, 2)
print(t1() is t1(), t1() is t2(), t1() == t2())
def f1():
    return 1.5
def f2():
    return 1.5
print(f1() is f1(), f1() is f2())
k = 77777
def g():
    return k
print(g() is k)
