# close() and throw() reach a generator delegated to with yield from.
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    finally:
        print("inner finally")


def outer():
    try:
        result = yield from inner()
        print("inner returned", result)
        yield "outer after"
    finally:
        print("outer finally")


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
g.close()
print("closed")
g = outer()
print(next(g), next(g), next(g))
print(next(g, "end"))
