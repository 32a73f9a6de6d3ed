# iterators hold the container; exhausting a list iterator releases the list
import sys
lst = [1, 2, 3]
it = iter(lst)
print(sys.getrefcount(lst))
print(next(it))
print(sys.getrefcount(lst))
for _ in it:
    pass
print(sys.getrefcount(lst))
it2 = iter(lst)
print(sys.getrefcount(lst))
del it2
print(sys.getrefcount(lst))
e = enumerate(lst)
r = reversed(lst)
print(sys.getrefcount(lst))
del e, r
print(sys.getrefcount(lst))
