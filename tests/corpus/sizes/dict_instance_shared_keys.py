# instance __dict__ sizes with shared keys as attributes are added
import sys
class A:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a" + str(i), i)
for n in (0, 1, 3, 5, 6, 10, 30):
    a = A(n)
    print(n, sys.getsizeof(a), sys.getsizeof(a.__dict__))
