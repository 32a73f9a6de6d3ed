# getsizeof of a set growing by add to 1000 items, and of frozensets
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(1000):
    s.add(i)
    z = sys.getsizeof(s)
    if z != last:
        print(len(s), z)
        last = z
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))), sys.getsizeof(set(range(10))))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set("abcdef")), sys.getsizeof(frozenset(range(100))))
