import sys
l = []
l.extend(range(3))
print(sys.getsizeof(l))
l = [1]
l.extend(range(10))
print(sys.getsizeof(l))
l = [1, 2, 3]
l.extend([4])
print(sys.getsizeof(l))
l += (5, 6, 7, 8, 9)
print(sys.getsizeof(l))
l.extend(x for x in range(3))
print(len(l), sys.getsizeof(l))
l *= 3
print(len(l), sys.getsizeof(l))
l *= 0
print(len(l), sys.getsizeof(l))
