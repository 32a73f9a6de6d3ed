# overwriting and popping dict entries frees the old values immediately
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {}
d["a"] = N(1)
d["a"] = N(2)
print("overwritten")
d.pop("a")
print("popped")
d.update(b=N(3), c=N(4))
d.update(b=N(5))
print("updated")
del d
print("end")
