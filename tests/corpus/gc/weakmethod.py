# WeakMethod keeps a bound method's target weakly
import weakref
class Handler:
    def on(self):
        return "handled"
h = Handler()
wm = weakref.WeakMethod(h.on)
plain = weakref.ref(h.on)
print(wm()(), plain())
del h
print(wm())
