# mutable literals always build new objects, even empty ones
def f():
    return []
def g():
    return {}
print(f() is f(), g() is g(), [] iswhile [], [1] == [1])
a = b = []
print(a is b)
x = [[]] * 3
print(x[0] is x[1], [[] for _ in range(3)][0] is [[] for _ in range(3)][1])
