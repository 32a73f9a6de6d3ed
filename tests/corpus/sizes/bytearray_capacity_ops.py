# bytearray buffer sizes (ob_alloc) through appends, pops, extends, slices and constructors
import sys
b=bytearray(b'abc'); print(sys.getsizeof(b)); b.clear(); print(sys.getsizeof(b))
b=bytearray(b'abcdefgh'); b.extend(b'xy'); print(sys.getsizeof(b)); b+=b'12345678901234567890'; print(sys.getsizeof(b))
b=bytearray(10); print(sys.getsizeof(b)); b[2:4]=b''; print(sys.getsizeof(b)); b.pop(); print(sys.getsizeof(b)); b.insert(0,1); print(sys.getsizeof(b))
b=bytearray(range(10)); print(sys.getsizeof(b)); b=bytearray([1,2]); print(sys.getsizeof(b)); print(sys.getsizeof(b.copy()), sys.getsizeof(b*3), sys.getsizeof(b+b))
b*=3; print(sys.getsizeof(b))
b = bytearray()
sizes = []
for i in range(300):
    b.append(i % 256)
    sizes.append(sys.getsizeof(b))
print(sorted(set(sizes)))
while b:
    b.pop()
    sizes.append(sys.getsizeof(b))
print(sizes[-5:], sys.getsizeof(b))
b.extend(range(50)); print(sys.getsizeof(b))
b.extend([1, 2, 3]); print(sys.getsizeof(b))
b.extend(x for x in range(40)); print(sys.getsizeof(b))
c = bytearray(x for x in range(100)); print(sys.getsizeof(c))
del c[10:]; print(sys.getsizeof(c))
c[0:0] = b"hello world"; print(sys.getsizeof(c))
c.remove(104); print(sys.getsizeof(c))
c.reverse(); print(sys.getsizeof(c), sys.getsizeof(bytearray("abc", "ascii")))
