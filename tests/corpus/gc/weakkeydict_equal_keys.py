# WeakKeyDictionary looks keys up by equality: an equal live key finds the entry
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, K) and o.n == self.n
    def __hash__(self):
        return hash(self.n)
d = weakref.WeakKeyDictionary()
k1 = K(1)
d[k1] = "one"
k1b = K(1)
print(d[k1b], k1b in d, len(d))
d[k1b] = "uno"
print(len(d), d[k1])
del k1
print(len(d))
