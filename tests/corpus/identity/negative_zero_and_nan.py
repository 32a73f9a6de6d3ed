# float special values: -0.0 vs 0.0 identity and equality, nan in containers
a = 0.0
b = -0.0
print(a == b, a is b, str(b))
n = float("nan")
lst = [n]
print(n in lst, n == n, lst.count(n), lst.index(n))
t = (n,)
print(t == t, t == (float("nan"),))
import math
print(math.copysign(1, b), math.isnan(n))
