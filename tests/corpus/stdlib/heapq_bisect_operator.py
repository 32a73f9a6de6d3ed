# heapq, bisect and operator as lessons use them.
import bisect
import heapq
import operator
import sys
from operator import itemgetter, attrgetter, methodcaller

h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
data = [7, 3, 9, 1]
heapq.heapify(data)
print(data, heapq.nlargest(2, data), heapq.nsmallest(2, data), heapq.heappushpop(data, 0), data)
print(heapq.heapreplace(data, 10), data, list(heapq.merge([1, 4], [2, 3])))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'sleep'))
while tasks:
    print(heapq.heappop(tasks))
item = [1]
hh = [item]
heapq.heappush(hh, [0])
print(sys.getrefcount(item))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)

a = [1, 3, 3, 5]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
bisect.insort_left(a, 0)
print(a, bisect.bisect_left(a, 10, lo=2), bisect.bisect(['a', 'c'], 'b'))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]))

print(operator.add(2, 3), operator.mul('a', 3), operator.neg(4), operator.not_(0), operator.truth([]))
print(operator.getitem([1, 2], 1), operator.contains('abc', 'b'), operator.eq(1, 1.0), operator.pow(2, 10))
print(itemgetter(1)([4, 5]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))


class P:
    def __init__(self, name, age):
        self.name, self.age = name, age

    def greet(self, greeting):
        return f'{greeting}, {self.name}'


people = [P('Ann', 30), P('Bob', 25)]
print([p.name for p in sorted(people, key=attrgetter('age'))], attrgetter('name', 'age')(people[0]))
print(methodcaller('greet', 'Hi')(people[1]), methodcaller('upper')('abc'))
print(repr(itemgetter(1)), repr(attrgetter('a.b')), repr(methodcaller('f', 1, k=2)))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [5, 6], [1, 2])))
