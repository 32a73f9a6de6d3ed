# lambdas close over variables (cells) or capture values through defaults
import sys
def make():
    data = [1]
    by_cell = lambda: data
    by_default = lambda d=data: d
    print(sys.getrefcount(data))
    return by_cell, by_default
c, d = make()
print(sys.getrefcount(c()))
print(sys.getrefcount(d()))
print(c() is d())
del c
print(sys.getrefcount(d()))
