# deleting keys does not shrink a dict; inserting after deletes may trigger a resize
import sys
d = {i: i for i in range(50)}
print(sys.getsizeof(d))
for i in range(45):
    del d[i]
print(len(d), sys.getsizeof(d))
for i in range(100, 130):
    d[i] = i
print(len(d), sys.getsizeof(d))
d2 = dict(d)
print(sys.getsizeof(d2))
