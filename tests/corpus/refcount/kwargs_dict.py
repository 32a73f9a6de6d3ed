# **kwargs builds a new dict; the caller's dict is not shared
import sys
val = [1]
src = {"a": val}
def f(**kw):
    print(kw is src, sys.getrefcount(val))
    return kw
out = f(**src)
print(out == src, out is src, sys.getrefcount(val))
del out
print(sys.getrefcount(val))
