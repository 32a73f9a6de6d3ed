# __len__, __getitem__, __setitem__, __contains__, __iter__, __bool__
class Bag:
    def __init__(self):
        self.items = {}
    def __setitem__(self, k, v):
        self.items[k] = v
    def __getitem__(self, k):
        return self.items[k]
    def __len__(self):
        return len(self.items)
    def __contains__(self, k):
        print("contains", k)
        return k in self.items
    def __iter__(self):
        return iter(sorted(self.items))
b = Bag()
print(bool(b), len(b))
b["x"] = 1
b["a"] = 2
print(bool(b), len(b), "a" in b, "q" in b)
print(list(b), [b[k] for k in b])
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
