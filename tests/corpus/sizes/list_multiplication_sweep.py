# sizes of [None] * n and n-item literals built with a starred range
import sys
for n in (0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 100, 1000):
    print(n, sys.getsizeof([None] * n), sys.getsizeof([*range(n)]), sys.getsizeof(list(map(int, range(n)))))
