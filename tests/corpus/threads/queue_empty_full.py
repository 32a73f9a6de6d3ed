# queue.Empty and queue.Full from the non-blocking and timed calls; maxsize and full()
import queue
q = queue.Queue(maxsize=2)
q.put("a")
q.put_nowait("b")
print(q.full(), q.qsize(), q.empty())
try:
    q.put("c", block=False)
except queue.Full:
    print("Full")
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
print(issubclass(queue.Empty, Exception), repr(q.get.__name__))
