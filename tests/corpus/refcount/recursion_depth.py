# an object passed down a recursion gains one reference per active frame
import sys
def down(obj, n):
    if n == 0:
        return sys.getrefcount(obj)
    return down(obj, n - 1)
x = []
for n in (0, 1, 5, 20):
    print(n, down(x, n))
print(sys.getrefcount(x))
