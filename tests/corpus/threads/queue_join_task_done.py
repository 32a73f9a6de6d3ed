# Queue.join waits until every item got task_done
import threading
import queue
q = queue.Queue()
done = []
def worker():
    while True:
        item = q.get()
        done.append(item)
        q.task_done()
for _ in range(2):
    threading.Thread(target=worker, daemon=True).start()
for i in range(20):
    q.put(i)
q.join()
print(sorted(done) == list(range(20)), len(done))
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v)
    pq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
