import sys
l = list(range(10))
print(sys.getsizeof(l))
while l:
    l.pop()
    print(len(l), sys.getsizeof(l))
l = [1, 2, 3]
l.clear()
print(sys.getsizeof(l))
