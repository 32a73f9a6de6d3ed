import sys
l = list(range(20))
print(sys.getsizeof(l[:]), sys.getsizeof(l[2:5]), sys.getsizeof(l[::3]), sys.getsizeof(l[5:2]))
print(sys.getsizeof(l.copy()), sys.getsizeof(l + l), sys.getsizeof(l * 2))
del l[5:15]
print(len(l), sys.getsizeof(l))
l[2:3] = []
print(len(l), sys.getsizeof(l))
l[1:1] = range(10)
print(len(l), sys.getsizeof(l))
l[:] = []
print(len(l), sys.getsizeof(l))
