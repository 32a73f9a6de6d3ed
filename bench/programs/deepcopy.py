# Benchmark: copy.deepcopy of nested structures with shared parts and instances.
import copy


class Item:
    def __init__(self, i):
        self.i = i
        self.tags = ["t%d" % (i % 10), "x"]
        self.meta = {"pos": (i, i + 1), "w": i * 0.5}


shared = [1, 2, 3]
data = {
    "items": [Item(i) for i in range(2000)],
    "rows": [{"id": i, "vals": list(range(10)), "shared": shared} for i in range(2000)],
    "nested": [[[j for j in range(5)] for _ in range(5)] for _ in range(200)],
}
total = 0
for _ in range(30):
    c = copy.deepcopy(data)
    total += len(c["items"]) + len(c["rows"]) + len(c["nested"])
    assert c["rows"][0]["shared"] is c["rows"][1]["shared"]
print(total)
