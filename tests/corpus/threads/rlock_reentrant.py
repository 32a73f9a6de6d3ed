# RLock can be acquired again by the thread that holds it; Lock cannot
import threading
r = threading.RLock()
with r:
    with r:
        print("reentered")
l = threading.Lock()
l.acquire()
print(l.acquire(timeout=0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
