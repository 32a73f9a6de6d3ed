# set sizes while growing to 1,000 items, with discards and re-adds
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(1000):
    s.add(i)
    n = sys.getsizeof(s)
    if n != last:
        print(len(s), n)
        last = n
for i in range(900):
    s.discard(i)
print("after discard", len(s), sys.getsizeof(s))
for i in range(900):
    s.add(i + 5000)
print("re-added", len(s), sys.getsizeof(s))
print([sys.getsizeof(set(range(n))) for n in (0, 4, 5, 8, 19, 100)])
print([sys.getsizeof(frozenset(range(n))) for n in (0, 4, 5, 8, 19, 100)])
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set("abcdef")), sys.getsizeof(s.copy()))
