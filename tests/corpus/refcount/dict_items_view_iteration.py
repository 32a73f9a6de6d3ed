# iterating dict.items() yields tuples; the loop variables hold the key and value
import sys
v = [0]
d = {"k": v}
for key, val in d.items():
    print(sys.getrefcount(v))
print(sys.getrefcount(v))
del val
print(sys.getrefcount(v))
for pair in d.items():
    print(sys.getrefcount(v), sys.getrefcount(pair))
