# active_count and enumerate while threads wait on an Event
import threading
go = threading.Event()
started = threading.Barrier(4)
def w():
    started.wait()
    go.wait()
print(threading.active_count())
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
started.wait()
print(threading.active_count(), len(threading.enumerate()))
go.set()
for t in ts:
    t.join()
print(threading.active_count())
