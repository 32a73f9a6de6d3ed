# Coroutine objects hold their frame (arguments, locals) until they finish; awaiting passes
# values through the delegation chain without extra references.
import sys
from sys import getrefcount as rc

class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def leaf(obj):
    print("leaf holds obj:", rc(obj))
    got = await Suspend()
    print("leaf resumed with", got, rc(obj))
    return obj

async def mid(obj):
    r = await leaf(obj)
    print("mid got back", r is obj, rc(obj))
    return [r]

payload = {"k": 1}
print("start", rc(payload))
coro = mid(payload)
print("coroutine made", rc(payload), rc(coro))
print("first send ->", coro.send(None))
print("suspended", rc(payload), coro.cr_running, type(coro.cr_await).__name__)
try:
    coro.send("value")
except StopIteration as stop:
    result = stop.value
print("finished", rc(payload), result[0] is payload)
del result, stop
print("released", rc(payload))

c2 = mid(payload)
c2.send(None)
print("suspended again", rc(payload))
c2.close()
print("closed", rc(payload))
del c2
c3 = leaf(payload)
del c3
print("unstarted and dropped", rc(payload))

async def raises():
    raise StopIteration("inside")
try:
    raises().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

async def reentrant():
    return await me
me = reentrant()
try:
    me.send(None)
except ValueError as e:
    print(e)
