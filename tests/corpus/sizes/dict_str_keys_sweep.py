# getsizeof of a dict with str keys growing to 1000 keys: print the sizes where it changes
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(1000):
    d["k" + str(i)] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
