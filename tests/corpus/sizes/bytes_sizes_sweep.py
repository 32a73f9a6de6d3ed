# bytes and bytearray sizes as they grow
import sys
b = bytearray()
last = sys.getsizeof(b)
print(0, last)
for i in range(200):
    b.append(i)
    s = sys.getsizeof(b)
    if s != last:
        print(len(b), s)
        last = s
print([sys.getsizeof(bytes(n)) for n in (0, 1, 10, 100)])
