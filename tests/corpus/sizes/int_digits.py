# int sizes by number of 30-bit digits
import sys
for e in (0, 1, 29, 30, 59, 60, 89, 90, 120, 300, 1000):
    v = 2 ** e
    print(e, sys.getsizeof(v), sys.getsizeof(-v), sys.getsizeof(v - 1))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(10 ** 100), sys.getsizeof(-(2 ** 30)), sys.getsizeof(2 ** 30 - 1))
