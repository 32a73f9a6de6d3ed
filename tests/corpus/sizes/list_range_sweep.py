# list(range(n)), [0]*n and comprehensions for n = 0..40
import sys
for n in range(41):
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof([0] * n), sys.getsizeof([x for x in range(n)]))
