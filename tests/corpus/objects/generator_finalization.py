# Generators: states, gi_running, closing an unfinished generator, and next() after the end.
def numbers():
    print("start")
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")


g = numbers()
print(g.gi_running, type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
g.close()
print(next(g, "after close"))
g2 = numbers()
print(list(g2))
print(list(g2))


def echo():
    received = []
    while True:
        value = yield received
        if value is None:
            return received
        received.append(value)


e = echo()
next(e)
e.send("a")
print(e.send("b"))
try:
    e.send(None)
except StopIteration as stop:
    print("final", stop.value)
