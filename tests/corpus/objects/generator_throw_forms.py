# The argument forms of generator.throw and errors thrown into unstarted generators.
def gen():
    try:
        yield 1
    except Exception as e:
        print("inside:", type(e).__name__, e.args)
        yield "handled"


for args in ((ValueError,), (ValueError, "msg"), (ValueError, ("a", 1)), (KeyError("k"),)):
    g = gen()
    next(g)
    print(g.throw(*args))

for bad in ((1,), (ValueError("x"), 1)):
    g = gen()
    next(g)
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted generator re-raised", repr(e))
print(next(g, "exhausted"))
class Abort(BaseException):
    pass


g = gen()
next(g)
g.throw(Abort("unhandled"))
