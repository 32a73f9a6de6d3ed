# the seed's getsizeof lines: empty list, [1, 2, 3], empty dict, "hello"
import sys
print(sys.getsizeof([]))
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof({}))
print(sys.getsizeof("hello"))
