import sys
l = []
print(sys.getsizeof(l))
for i in range(40):
    l.append(i)
    print(len(l), sys.getsizeof(l))
