# the left operand of a binary operation or comparison is on the stack while the right one is evaluated
import sys
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return other
    def __eq__(self, other):
        return other
n = N(1)
print(n + sys.getrefcount(n))
print((n == sys.getrefcount(n)))
print(sys.getrefcount(n) + 0)
lst = [n]
print(lst[0] + sys.getrefcount(n))
