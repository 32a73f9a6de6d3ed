# join with a timeout on a thread blocked on an Event, then releasing it
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join(timeout=0.05)
print(t.is_alive())
ev.set()
t.join()
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
