# many threads appending under a lock: the total count is exact, the per-thread counts too
import threading
from collections import Counter
lock = threading.Lock()
log = []
def w(name):
    for i in range(500):
        with lock:
            log.append(name)
ts = [threading.Thread(target=w, args=(c,)) for c in "abcd"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(log), sorted(Counter(log).items()))
