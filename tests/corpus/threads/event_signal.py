# a worker waits for an Event set by the main thread
import threading
ready = threading.Event()
log = []
def worker():
    log.append("waiting")
    ready.wait()
    log.append("released")
t = threading.Thread(target=worker)
print(ready.is_set())
t.start()
while not log:
    pass
log.append("setting")
ready.set()
t.join()
print(log, ready.is_set())
ready.clear()
print(ready.is_set(), ready.wait(0.01))
