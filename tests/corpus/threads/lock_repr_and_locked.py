# lock and RLock reprs, locked(), acquire results and argument errors
import threading
l = threading.Lock()
print(repr(l).split(" object at")[0], l.locked())
l.acquire()
print(repr(l).split(" object at")[0], l.locked(), l.acquire(False))
l.release()
for args in [(False, 1), (True, -2)]:
    try:
        l.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
r = threading.RLock()
r.acquire(); r.acquire()
print(repr(r).split(" owner=")[0], r._is_owned())
r.release(); r.release()
print(repr(r).split(" object")[0], type(l).__name__, type(r).__name__)
with l:
    print("inside", l.locked())
print("after", l.locked())
