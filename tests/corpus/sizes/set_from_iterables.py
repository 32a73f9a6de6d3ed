# sizes of sets built from iterables of various lengths
import sys
for n in (0, 1, 4, 5, 8, 18, 19, 50, 76, 77, 100, 500):
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof(frozenset(range(n))), sys.getsizeof({i for i in range(n)}))
