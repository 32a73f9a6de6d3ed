# set sizes built from iterables with duplicates, and after removing most items
import sys
data = [i % 10 for i in range(1000)]
s = set(data)
print(len(s), sys.getsizeof(s), sys.getsizeof(set(range(1000))))
big = set(range(100))
for i in range(95):
    big.discard(i)
print(len(big), sys.getsizeof(big), sys.getsizeof(set(big)), sys.getsizeof(big.copy()))
big.clear()
print(sys.getsizeof(big))
