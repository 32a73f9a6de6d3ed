# a Semaphore limits how many threads are inside a section at once
import threading
sem = threading.Semaphore(2)
inside = 0
max_inside = 0
guard = threading.Lock()
def w():
    global inside, max_inside
    with sem:
        with guard:
            inside += 1
            max_inside = max(max_inside, inside)
        for _ in range(1000):
            pass
        with guard:
            inside -= 1
ts = [threading.Thread(target=w) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(max_inside <= 2, inside)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
