# getsizeof of ints around each 30-bit digit boundary, positive and negative
import sys
prev = None
for bits in range(0, 200):
    v = (1 << bits) - 1 if bits else 0
    s = sys.getsizeof(v)
    if s != prev:
        print(bits, s, sys.getsizeof(-v))
        prev = s
