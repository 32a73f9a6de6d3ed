# dict sizes while growing to 1,000 keys, then deleting and re-inserting
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(1000):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
for i in range(0, 1000, 2):
    del d[i]
print("after deleting half", len(d), sys.getsizeof(d))
for i in range(0, 1000, 2):
    d[i] = -i
    s = sys.getsizeof(d)
    if s != last:
        print("reinsert", len(d), s)
        last = s
print("final", len(d), sys.getsizeof(d), list(d)[:3], list(d)[-3:])
