s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(s, len(s), 2 in s)
try:
    s.remove(10)
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 6]))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset([1, 2]), a.isdisjoint({7}), {1} < a, a <= a)
c = set(a)
c.update([7, 8], (9,))
c.intersection_update(range(8))
print(c)
c.difference_update({1}, [2])
c.symmetric_difference_update({3, 100})
print(c)
c |= {50}
c &= {4, 7, 50}
c -= {4}
c ^= {1}
print(c)
c.clear()
print(c)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
