# join order and results: threads sleep different simulated times and append in wake order
import threading, time
out = []
def w(name, delay):
    time.sleep(delay)
    out.append(name)
ts = [threading.Thread(target=w, args=(n, d)) for n, d in (("slow", 0.05), ("fast", 0.01), ("mid", 0.03))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
print(threading.active_count(), [t.is_alive() for t in ts])
