# capacity after extend, insert, slice assignment and clear
import sys
a = [1]
a.extend(range(10))
print(len(a), sys.getsizeof(a))
b = []
b.extend(range(10))
print(len(b), sys.getsizeof(b))
c = []
for i in range(9):
    c.insert(0, i)
print(len(c), sys.getsizeof(c))
c[2:4] = range(20)
print(len(c), sys.getsizeof(c))
c.clear()
print(len(c), sys.getsizeof(c))
d = [1, 2, 3] * 4
print(len(d), sys.getsizeof(d))
d += d
print(len(d), sys.getsizeof(d))
