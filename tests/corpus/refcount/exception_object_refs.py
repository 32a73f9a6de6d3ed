# refcount of an exception object at several points of its handling
import sys
err = ValueError("x")
print(sys.getrefcount(err))
try:
    raise err
except ValueError as e:
    print(sys.getrefcount(err))
print(sys.getrefcount(err))
print(err.__traceback__ is not None)
err.__traceback__ = None
print(sys.getrefcount(err))
