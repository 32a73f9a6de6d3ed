# the size of a list depends on how it was built
import sys
n = 10
a = 1
print(sys.getsizeof([]), sys.getsizeof([a]), sys.getsizeof([a, a]), sys.getsizeof([a, a, a]))
print(sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
print(sys.getsizeof([0] * n), sys.getsizeof([a] * 5), sys.getsizeof(list(range(n))))
print(sys.getsizeof([i for i in range(n)]), sys.getsizeof(list(i for i in range(n))))
print(sys.getsizeof(list("abc")), sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof([1, 2, 3][:]))
print(sys.getsizeof(list(range(100))), sys.getsizeof([i for i in range(100)]), sys.getsizeof([0] * 100))
