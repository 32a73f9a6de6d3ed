# atexit handlers run before weakref.finalize callbacks and __del__ at shutdown
import atexit
import weakref
class N:
    def __del__(self):
        print("N.__del__")
n = N()
weakref.finalize(n, print, "finalize")
atexit.register(print, "atexit 1")
atexit.register(print, "atexit 2")
print("end")
