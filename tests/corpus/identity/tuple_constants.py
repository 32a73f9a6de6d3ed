# constant tuples are built once; tuples with variable parts are built each time
def f():
    return (1, 2, (3, 4))
def g(x):
    return (1, x)
print(f() is f(), g(2) is g(2), f()[2] is f()[2])
a = (1, 2)
b = (1, 2)
print(a is b)
c = ([],)
d = ([],)
print(c is d)
def h():
    return ("a", "b")
print(h() is ("a", "b"))
