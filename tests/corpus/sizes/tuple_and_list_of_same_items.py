# a tuple and a list holding the same items: sizes differ by the list header and over-allocation
import sys
for n in (0, 1, 2, 5, 10, 50):
    items = [None] * n
    grown = []
    for x in items:
        grown.append(x)
    print(n, sys.getsizeof(tuple(items)), sys.getsizeof(items), sys.getsizeof(grown), sys.getsizeof(list(tuple(items))))
