from collections import deque
import itertools, json, heapq
def t(f):
    try: f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: deque().popleft())
d = deque([1, 2])
print(d.popleft(), d.pop())
it = itertools.islice([1], -1)
