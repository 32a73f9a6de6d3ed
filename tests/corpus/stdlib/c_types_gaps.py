# Where heapscope's Python-written stand-ins for C types still show: type names in messages,
# slot-wrapper reprs, argument-count messages, the objects a deque is made of.
import gc
from collections import deque, defaultdict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: hash(deque()))
t(lambda: setattr(deque(), 'maxlen', 3))
t(lambda: deque([1], 2, 3))
t(lambda: deque([1]).rotate('a'))
t(lambda: deque() < [1])
t(lambda: deque().__dict__)
t(lambda: defaultdict().__dict__)
t(lambda: deque.append)
t(lambda: deque().append())
d = deque()
d.append(d)
del d
print(gc.collect())

