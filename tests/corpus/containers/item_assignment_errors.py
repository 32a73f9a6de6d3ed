class A: pass
import sys
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def d(o, k):
    del o[k]
def s(o, k):
    o[k] = 1
for o in [A(), (1,), 'ab', 5, None, range(3), frozenset(), A.__dict__, {1: 2}.keys()]:
    t(lambda: d(o, 0))
    t(lambda: d(o, 'k'))
    t(lambda: s(o, 0))
    t(lambda: s(o, 'k'))
    t(lambda: o[0])
