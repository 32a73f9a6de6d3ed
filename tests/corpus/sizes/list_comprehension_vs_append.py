# a comprehension and an append loop give the same over-allocated sizes
import sys
for n in (0, 1, 4, 5, 8, 9, 16, 17, 100):
    a = []
    for i in range(n):
        a.append(i)
    b = [i for i in range(n)]
    print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(a[:]), sys.getsizeof(a.copy()))
