# tuple sizes are 40 + 8 per item, however they are built
import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof(tuple(range(10))))
print(sys.getsizeof(tuple([1] * 100)), sys.getsizeof(tuple(x for x in range(7))), sys.getsizeof((1, 2) * 3))
t = (1, 2, 3)
print(sys.getsizeof(t[:2]), sys.getsizeof(t + t), sys.getsizeof(tuple("abcd")))
