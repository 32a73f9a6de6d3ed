# a value passed as several arguments of nested calls
import sys
def three(a, b, c):
    return sys.getrefcount(a)
def two(a, b):
    return three(a, b, a)
x = []
print(three(x, x, x))
print(two(x, x))
print(two(x, [x]))
print(sys.getrefcount(x))
