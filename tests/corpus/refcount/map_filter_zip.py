# lazy map/filter/zip objects keep their iterables and functions alive
import sys
lst = [1, 2, 3]
def fn(x):
    return x * 2
m = map(fn, lst)
z = zip(lst, lst)
fl = filter(None, lst)
print(sys.getrefcount(lst), sys.getrefcount(fn))
print(list(m), list(z), list(fl))
print(sys.getrefcount(lst), sys.getrefcount(fn))
del m, z, fl
print(sys.getrefcount(lst), sys.getrefcount(fn))
