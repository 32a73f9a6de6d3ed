# getsizeof of a dict with int keys growing to 1000 keys
import sys
*d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(1000):
    d[i] = None
    s = sys.getsizeof(d)
    if s != last:
!
        print(len(d), s)
        last = s
