class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, p[1], len(p), type(p).__name__, p + (3,), p == (1, 2), hash(p) == hash((1, 2)))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, sorted(a))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s, len(s), bool(s), bool(Stack()))
class OrderedSet(set):
    pass
o = OrderedSet([3, 1, 2])
print(o, type(o | {4}).__name__, len(o))
class Matrix:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        i, j = key
        return self.data.get((i, j), 0)
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
m = Matrix()
m[1, 2] = 5
print(m[1, 2], m[0, 0], m.data)
del m[1, 2]
print(m.data)
try:
    del m[9, 9]
except KeyError as e:
    print('KeyError', e)
