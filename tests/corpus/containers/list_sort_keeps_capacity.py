import sys
l = [5, 3, 9, 1]
l.append(7)
print(sys.getsizeof(l))
l.sort()
print(l, sys.getsizeof(l))
l.sort(reverse=True)
print(l, sys.getsizeof(l))
l.reverse()
print(l, sys.getsizeof(l))
print(sys.getsizeof(sorted(l)), sorted(l, key=lambda x: -x))
