# threading.local gives each thread its own attribute values
import threading
data = threading.local()
data.value = "main"
seen = {}
def w(name):
    data.value = name
    seen[name] = data.value
ts = [threading.Thread(target=w, args=(n,)) for n in ("a", "b")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()), data.value)
