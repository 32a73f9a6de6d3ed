# Reference counts held by exceptions: args, attributes, tracebacks and the handled exception.
import sys

payload = ["data"]
print(sys.getrefcount(payload))
e = ValueError(payload)
print(sys.getrefcount(payload), sys.getrefcount(e))
e.extra = payload
print(sys.getrefcount(payload))
del e
print(sys.getrefcount(payload))


def fail(obj):
    local = obj
    raise KeyError(obj)


try:
    fail(payload)
except KeyError as err:
    print(sys.getrefcount(payload), err.args[0] is payload)
    saved = err
print(sys.getrefcount(payload))
del saved
print(sys.getrefcount(payload))
s = StopIteration(payload)
print(sys.getrefcount(payload), s.value is payload)
del s
print(sys.getrefcount(payload))
