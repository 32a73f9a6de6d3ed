# a five-level traceback where every level adds to the expression that fails
def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    return d(x) - 3
def d(x):
    return e(x) ** 2
def e(x):
    return x["value"]
print(a({"value": 2}))
print(a({}))
