# the seed's cpu_bound function run in two threads: the results, not the timing
import threading
def cpu_bound():
    count = 0
    for _ in range(10**5):
        count += 1
    return count
out = []
def run():
    out.append(cpu_bound())
t1 = threading.Thread(target=run)
t2 = threading.Thread(target=run)
t1.start(); t2.start()
t1.join(); t2.join()
print(out)
print(cpu_bound() + cpu_bound())
