# getsizeof of a list while popping items from 1000 down to 0
import sys
lst = list(range(1000))
last = sys.getsizeof(lst)
print(len(lst), last)
while lst:
    lst.pop()
    s = sys.getsizeof(lst)
    if s != last:
        print(len(lst), s)
        last = s
