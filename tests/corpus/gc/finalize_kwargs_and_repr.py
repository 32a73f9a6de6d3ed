# finalize with keyword arguments, its repr, and detach returning the registration
import weakref
class R:
    pass
def done(tag, *, loud=False):
    print("done", tag, "LOUD" if loud else "quiet")
r = R()
f = weakref.finalize(r, done, "x", loud=True)
print(repr(f).startswith("<finalize object at 0x"), "dead" in repr(f))
obj, func, args, kwargs = f.detach()
print(obj is r, func is done, args, kwargs, f.alive)
g = weakref.finalize(r, done, "y")
del r
print(repr(g).endswith("; dead>"), g.alive)
