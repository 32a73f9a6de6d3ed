# seed Q1 example, verbatim: GIL with CPU-bound threads, I/O threads (urllib) and multiprocessing (prints timings)
import threading
import time

# CPU-bound - GIL мешает
def cpu_bound():
    count = 0
    for _ in range(10**7):
        count += 1
    return count

# Однопоточное выполнение
start = time.time()
cpu_bound()
cpu_bound()
print(f"Sequential: {time.time() - start:.2f}s")  # ~1.5s

# Многопоточное выполнение - НЕ быстрее из-за GIL!
start = time.time()
t1 = threading.Thread(target=cpu_bound)
t2 = threading.Thread(target=cpu_bound)
t1.start(); t2.start()
t1.join(); t2.join()
print(f"Threaded: {time.time() - start:.2f}s")  # ~1.5s (не быстрее!)

# I/O-bound - GIL не мешает
import urllib.request

def io_bound(url):
    return urllib.request.urlopen(url).read()

# Многопоточное I/O - быстрее!
start = time.time()
threads = [
    threading.Thread(target=io_bound, args=('http://example.com',))
    for _ in range(5)
]
for t in threads: t.start()
for t in threads: t.join()
print(f"Threaded I/O: {time.time() - start:.2f}s")

# Решение для CPU-bound: multiprocessing
from multiprocessing import Pool

if __name__ == '__main__':
    start = time.time()
    with Pool(2) as p:
        p.map(cpu_bound, range(2))
    print(f"Multiprocessing: {time.time() - start:.2f}s")  # ~0.75s
