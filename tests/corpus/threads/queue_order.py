# a producer and a consumer connected by a Queue keep FIFO order
import threading
import queue
q = queue.Queue()
out = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * item)
tp = threading.Thread(target=producer)
tc = threading.Thread(target=consumer)
tc.start()
tp.start()
tp.join()
tc.join()
print(out, q.empty(), q.qsize())
