import sys
a = 1
print(sys.getsizeof([]), sys.getsizeof([a]), sys.getsizeof([a, a]), sys.getsizeof([a, a, a]))
print(sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([0] * 5), sys.getsizeof([a] * 7), sys.getsizeof([1, 2] * 3))
print(sys.getsizeof([*range(5)]), sys.getsizeof([*(1, 2, 3)]))
