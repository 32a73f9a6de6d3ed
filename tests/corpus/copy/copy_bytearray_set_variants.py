# copies of bytearrays and sets through copy, deepcopy and their subclasses
import copy
class BA(bytearray):
    pass
b = BA(b"xyz")
b.tag = [1]
cb = copy.copy(b)
db = copy.deepcopy(b)
print(type(cb).__name__, cb, cb.tag is b.tag, type(db).__name__, db.tag is b.tag, db.tag == b.tag)
class S(set):
    pass
s = S([1, 2])
s.note = "n"
cs = copy.copy(s)
ds = copy.deepcopy(s)
print(type(cs).__name__, sorted(cs), cs.note, type(ds).__name__, sorted(ds), ds.note)
e = bytearray()
print(copy.deepcopy(e), copy.deepcopy(e) is e, copy.copy(e) is e)
x = [1]
ss = {(1, 2), frozenset([x[0]])}
dss = copy.deepcopy(ss)
print(dss == ss, dss is ss)
