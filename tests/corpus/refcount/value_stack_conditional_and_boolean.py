# short-circuit operators leave their operand on the stack only while it is the result
import sys
x = [1]
print((x and sys.getrefcount(x)))
print((x or None) is x, sys.getrefcount(x))
y = x if sys.getrefcount(x) == 2 else None
print(y is x, sys.getrefcount(x))
print([sys.getrefcount(x) for _ in (x, x)])
