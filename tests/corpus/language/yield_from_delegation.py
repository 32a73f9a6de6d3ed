# yield from delegates send/throw and returns the subgenerator's return value
def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "done"
g = outer()
print(next(g), g.send(5), g.send(10))
print(g.send(None))
print(list(g))
