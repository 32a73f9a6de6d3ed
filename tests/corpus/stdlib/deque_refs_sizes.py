# What a deque holds: one reference per slot, tracked by the collector, and the 64-slot
# blocks sys.getsizeof counts.
import gc
import sys
from collections import deque

x = object()
d = deque([x, x])
print(sys.getrefcount(x))
d.append(x)
d.appendleft(x)
print(sys.getrefcount(x))
d.pop()
d.popleft()
print(sys.getrefcount(x))
d.rotate(1)
print(sys.getrefcount(x))
d.clear()
print(sys.getrefcount(x))
bounded = deque([x], maxlen=1)
bounded.append(1)
print(sys.getrefcount(x))

print(gc.is_tracked(deque()), gc.is_tracked(deque([1])))

for n in [0, 1, 31, 32, 33, 62, 63, 64, 95, 96, 97, 200]:
    d = deque(range(n))
    print(n, sys.getsizeof(d), end=' ')
    d.appendleft(0)
    print(sys.getsizeof(d))
d = deque()
print(sys.getsizeof(d))
for i in range(40):
    d.appendleft(i)
print(sys.getsizeof(d))
d.rotate(10)
print(sys.getsizeof(d))
d.rotate(-30)
print(sys.getsizeof(d))
for i in range(100):
    d.append(i)
print(sys.getsizeof(d))
while len(d) > 3:
    d.popleft()
print(sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
d = deque()
d.extendleft(range(70))
print(sys.getsizeof(d))
