# sys.exit mid-program: finally blocks, then atexit, then finalizers
import sys
import atexit
class N:
    def __del__(self):
        print("N.__del__")
n = N()
atexit.register(print, "atexit")
try:
    sys.exit(0)
finally:
    print("finally")
print("not reached")
