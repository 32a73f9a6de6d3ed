# __slots__: member descriptors in the class dict, slot values kept out of a subclass __dict__
import sys
class S:
    __slots__ = ('a', 'b')
print(list(S.__dict__), sys.getrefcount(S))
print(S.a, type(S.a).__name__, slice.start)
s = S(); s.a = 1; print(s.a, S.a.__get__(s, S), S.__dict__['a'].__name__ if hasattr(S.a, '__name__') else '-')
S.b.__set__(s, 5); print(s.b)
del s.b
try: s.b
except AttributeError as e: print(e)
try: del s.b
except AttributeError as e: print(e)
class T(S): pass
t = T(); t.a = 3; t.q = 4; print(vars(t), t.a, sorted(dir(t))[-3:])
print(sys.getrefcount(T))
import sys, gc
class P:
    __slots__ = ("a", "b")
class Q(P):
    pass
q = Q()
q.a = 1
print(vars(q), q.__dict__)
q.b = 2
q.c = 3
print(vars(q), q.a, q.b, q.c)
del q.a
q.d = [1]
print(vars(q), hasattr(q, "a"), sys.getrefcount(q.d), sys.getrefcount(q.__dict__))
del q.c
print(vars(q))
try:
    del q.c
except AttributeError as e: print(e)
r = Q(); r.x = 5; r.a = 7; print(vars(r), r.a)
class S:
    __slots__ = ("a",)
s = S()
try:
    s.x = 1
except AttributeError as e: print(e)
s.a = 2
print(s.a)
l = [q]; q.self = q; del q, l
print(gc.collect())
class T(P):
    __slots__ = ("__dict__",)
t = T(); t.a = 1; t.z = 2; print(t.__dict__)
import sys
class P:
    __slots__ = ("a",)
class Q(P):
    pass
q = Q(); q.a = [1]; q.x = 2
old = q.__dict__
q.__dict__ = {"y": 3}
print(q.a, q.y, vars(q), hasattr(q, "x"), sys.getrefcount(old), sys.getrefcount(q.a))
q.z = 4
print(vars(q))
r = Q(); r.__dict__ = {"k": 1}; r.a = 5; print(vars(r), r.a)
class N: pass
n = N(); n.v = 1; n.__dict__ = {"w": 2}; print(vars(n))
