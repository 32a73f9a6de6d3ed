# freeing a dict releases keys and values in insertion order
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"a": N(1), "b": N(2), "c": N(3)}
del d
print("---")
d = {"x": N(4), "y": N(5)}
d.clear()
print("---")
d = {"p": N(6), "q": N(7)}
d["p"] = N(8)
print("replaced p")
d.popitem()
print("popped")
d = None
print("end")
