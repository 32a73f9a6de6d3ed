# walrus bindings and swaps keep counts balanced
import sys
v = [1]
if (w := v):
    print(sys.getrefcount(v))
data = [v, [2]]
n = [(z := item) for item in data]
print(sys.getrefcount(v), z)
a, b = v, data
a, b = b, a
print(sys.getrefcount(v), a is data)
