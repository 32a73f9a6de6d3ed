# instance __dict__ sizes across many instances of one class (shared keys run out)
import sys
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
ps = [P(i, i) for i in range(40)]
print([sys.getsizeof(p.__dict__) for p in ps[::5]])
q = P(1, 2)
print(sys.getsizeof(q.__dict__), sys.getsizeof(vars(q).copy()), sys.getsizeof(dict(vars(q))))
q.z = 3
del q.x
print(sys.getsizeof(q.__dict__), list(q.__dict__))
class R:
    pass
rs = []
for i in range(35):
    r = R()
    setattr(r, "f" + str(i), i)
    rs.append(r)
print(sys.getsizeof(rs[0].__dict__), sys.getsizeof(rs[-1].__dict__), sys.getsizeof(R))
class Sub(P):
    pass
s = Sub(1, 2)
print(sys.getsizeof(s.__dict__), sys.getsizeof(Sub), sys.getsizeof(s))
s.__dict__[5] = 5
print(sys.getsizeof(s.__dict__))
