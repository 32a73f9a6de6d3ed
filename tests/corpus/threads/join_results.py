# threads write results into a shared list by index; joined results are deterministic
import threading
results = [None] * 4
def work(i):
    total = 0
    for k in range(10000):
        total += k * i
    results[i] = total
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(all(not t.is_alive() for t in threads))
