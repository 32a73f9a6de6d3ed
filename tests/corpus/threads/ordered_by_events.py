# a strict order of output from three threads enforced with Events
import threading
evs = [threading.Event() for _ in range(3)]
out = []
def step(i):
    evs[i].wait()
    out.append(f"thread {i}")
    if i + 1 < len(evs):
        evs[i + 1].set()
ts = [threading.Thread(target=step, args=(i,)) for i in reversed(range(3))]
for t in ts:
    t.start()
evs[0].set()
for t in ts:
    t.join()
print(out)
