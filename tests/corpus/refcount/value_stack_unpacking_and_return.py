# counts while a tuple is unpacked into names and while a return value travels back
import sys
x = [1]
a, b = x, sys.getrefcount(x)
print(b)
def give():
    return x
print(sys.getrefcount(give()))
def give_count():
    return x, sys.getrefcount(x)
print(give_count()[1])
