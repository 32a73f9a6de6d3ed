# getrefcount of temporaries built inside the call's argument
import sys
x = [1]
print(sys.getrefcount([x, x]))
print(sys.getrefcount(x))
print(sys.getrefcount((x,)))
print(sys.getrefcount({"k": x}))
print(sys.getrefcount(x))
print(sys.getrefcount(str(12345)), sys.getrefcount(12345 * 3))
