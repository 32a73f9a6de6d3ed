# counter += f() loses updates when the GIL changes hands inside the call; a lock prevents it
import threading
counter = 0
lock = threading.Lock()
def one():
    return 1
def unsafe(n):
    global counter
    for _ in range(n):
        counter += one()
def safe(n):
    global counter
    for _ in range(n):
        with lock:
            counter += one()
def run(f, n=1000000):
    global counter
    counter = 0
    ts = [threading.Thread(target=f, args=(n,)) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return counter
print(run(safe, 20000))
print(run(unsafe) < 2000000)
