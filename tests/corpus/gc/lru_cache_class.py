# an LRU cache built on OrderedDict, with __del__ on evicted values showing when they die
import collections
class Value:
    def __init__(self, k):
        self.k = k
    def __del__(self):
        print("evicted value", self.k, "freed")
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = collections.OrderedDict()
    def get(self, k):
        if k in self.data:
            self.data.move_to_end(k)
            return self.data[k]
        v = Value(k)
        self.data[k] = v
        if len(self.data) > self.cap:
            old_key, _ = self.data.popitem(last=False)
            print("evict", old_key)
        return v
cache = LRU(2)
for k in "abacd":
    cache.get(k)
    print("cached", list(cache.data))
print("end")
