# sys.exc_info holds the exception only while it is being handled
import sys
try:
    raise ValueError("x")
except ValueError:
    e = sys.exc_info()[1]
    print(sys.getrefcount(e))
print(sys.exc_info())
print(sys.getrefcount(e))
