# Generator methods: send, throw, close, and StopIteration values.
def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            if value is None:
                break
            total += value
    except ValueError as e:
        print("accumulator caught", repr(e))
        yield -1
    finally:
        print("accumulator cleanup")
    return total


g = accumulator()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.throw(ValueError("reset")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

g = accumulator()
next(g)
g.send(3)
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

g = accumulator()
print(g.close())
g = accumulator()
next(g)
print(g.close())
print(g.close())
try:
    accumulator().send(1)
except TypeError as e:
    print("TypeError:", e)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(iter(g) is g, g.__next__.__name__ if hasattr(g.__next__, "__name__") else "")
