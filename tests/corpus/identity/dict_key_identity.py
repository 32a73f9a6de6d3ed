# dict lookup uses hash, then identity, then ==
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("__eq__ called")
        return isinstance(other, K) and self.v == other.v
k1 = K(1)
d = {k1: "one"}
print(d[k1])
print(d[K(1)])
print(K(2) in d)
