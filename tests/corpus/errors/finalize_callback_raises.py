# an exception in a weakref.finalize callback is reported with the finalize object's repr
import weakref
class R:
    pass
def bad(name):
    raise RuntimeError(f"cannot clean {name}")
r = R()
weakref.finalize(r, bad, "r")
del r
print("after del")
