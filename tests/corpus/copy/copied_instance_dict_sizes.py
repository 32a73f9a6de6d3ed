# sizes of instance dicts made by copy and deepcopy (split tables over the class's shared keys)
import copy, sys
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(sys.getsizeof(p.__dict__))
c = copy.copy(p)
d = copy.deepcopy(p)
print(sys.getsizeof(c.__dict__), sys.getsizeof(d.__dict__), list(c.__dict__), c.b is p.b, d.b is p.b)
q = P()
q.extra = 3
e = copy.copy(q)
print(sys.getsizeof(e.__dict__), list(e.__dict__))
print(sys.getsizeof(vars(copy.copy(P()))))
class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, "x%d" % i, i)
mc = copy.copy(m)
print(sys.getsizeof(m.__dict__), sys.getsizeof(mc.__dict__), len(vars(mc)))
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2
s = copy.deepcopy(S())
print(sys.getsizeof(s), s.a, s.b)
class U:
    pass
u = U()
u.__dict__.update({"k%d" % i: i for i in range(10)})
print(sys.getsizeof(u.__dict__), list(vars(u))[:3])
w = U()
w.__dict__.update({"k%d" % i: i for i in range(50)})
print(sys.getsizeof(w.__dict__))
z = U()
z.__dict__.update(u.__dict__)
print(sys.getsizeof(z.__dict__), sys.getsizeof(dict(z.__dict__)), sys.getsizeof({**vars(z)}), sys.getsizeof(z.__dict__.copy()))
z.__dict__.update(zz=1)
print(sys.getsizeof(z.__dict__))
