# getsizeof of a list after each append up to 1000 items: print only the sizes where it changes
import sys
lst = []
last = sys.getsizeof(lst)
print(0, last)
for i in range(1000):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != last:
        print(len(lst), s)
        last = s
