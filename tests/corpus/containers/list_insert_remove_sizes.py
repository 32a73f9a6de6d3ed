import sys
l = [1]
l.insert(0, 2)
print(l, sys.getsizeof(l))
del l[0]
print(l, sys.getsizeof(l))
l = list(range(16))
for x in range(12):
    l.remove(x)
    print(len(l), sys.getsizeof(l))
l.insert(100, 'end')
l.insert(-100, 'start')
l.insert(-1, 'mid')
print(l)
