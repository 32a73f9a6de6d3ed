# collections.deque: the methods a teaching program uses, maxlen, rotate, reprs and errors.
from collections import deque

d = deque([1, 2, 3], maxlen=3)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend([7, 8])
print(d)
d.extendleft([9])
print(d, d.maxlen)
d0 = deque(maxlen=0)
d0.extend([1, 2])
d0.append(3)
print(d0)

d = deque(range(10))
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
del d[0]
d[0] = 'x'
print(d, d[-1], len(d))
print(d.count(5), 5 in d, d.index(5), list(reversed(d)), d.copy())
d.reverse()
print(d)
d.insert(2, 'ins')
print(d)
d.remove('ins')
print(d.pop(), d.popleft(), d)
d.clear()
print(d, bool(d), len(d))

d = deque('abc')
d.insert(10, 'z')
d.insert(-10, 'y')
print(d)
d = deque('ab')
d += 'cd'
print(d)
d *= 2
print(d, d + deque('xy'), 2 * deque([0]))
print(repr(deque([deque([1])])), str(deque('a', 5)), deque('abc', maxlen=2))
d = deque()
d.append(d)
print(d)
print(deque('abc') == deque('abc'), deque('abc') == 'abc', deque([1]) != deque([2]), deque([1, 2]) >= deque([1]))

# A queue and a sliding window, the way lessons use them.
queue = deque()
for job in ['a', 'b', 'c']:
    queue.append(job)
while queue:
    print('processing', queue.popleft())
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), sum(window) / len(window))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: deque().pop())
t(lambda: deque().popleft())
t(lambda: deque([1]).remove(2))
t(lambda: deque([1]).index(2))
t(lambda: deque([1])[5])
t(lambda: deque(maxlen=-1))
t(lambda: deque([1, 2], maxlen=2).insert(0, 3))
t(lambda: deque(1))
t(lambda: deque('abc').index('c', 0, 2))
t(lambda: deque('ab') + [1])
d = deque('abc')
it = iter(d)
d.append(1)
t(lambda: next(it))
it = iter(deque('abc'))
print(next(it), it.__length_hint__())
