# a Thread object holds its target and args until it finishes
import sys
import threading
arg = [1]
def f(x):
    pass
before = sys.getrefcount(arg)
t = threading.Thread(target=f, args=(arg,))
print(sys.getrefcount(arg) - before)
t.start()
t.join()
print(sys.getrefcount(arg) - before)
