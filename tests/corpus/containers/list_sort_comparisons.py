calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
ks = [K(v) for v in [5, 2, 8, 1, 9, 3]]
ks.sort()
print([k.v for k in ks])
print(calls)
calls.clear()
data = [(i * 7919) % 1013 for i in range(300)] + list(range(100)) + list(range(90, 0, -1))
ks = [K(v) for v in data]
ks.sort()
print(len(calls), [k.v for k in ks][:10])
calls.clear()
ks.sort(reverse=True)
print(len(calls), [k.v for k in ks][:10])
