# iterating keys(), values() and items() of a dict: what the loop variables hold afterwards
import sys
k = "key_" + str(1)
v = [0]
d = {k: v}
for key in d:
    pass
for val in d.values():
    pass
for key2, val2 in d.items():
    pass
print(sys.getrefcount(k), sys.getrefcount(v))
del key, val, key2, val2
print(sys.getrefcount(k), sys.getrefcount(v))
