# int sizes at 30-bit digit boundaries, negative values and computed results
import sys
vals = [0, 1, -1, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, -(2**60), 2**90, 2**90 - 1, 10**100, -(10**100)]
for v in vals:
    print(v.bit_length(), sys.getsizeof(v))
x = 2**30
print(sys.getsizeof(x - 1), sys.getsizeof(x * x), sys.getsizeof(x * x - 1), sys.getsizeof(-x + x), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(int("9" * 50)), sys.getsizeof(1 << 1000), sys.getsizeof(~(2**60)))
