# at exit: finalize callbacks (atexit) run before module teardown calls __del__
import weakref
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
a = R("a")
b = R("b")
weakref.finalize(a, print, "finalize a")
print("end")
