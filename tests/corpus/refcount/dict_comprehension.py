# dict and set comprehensions hold references to keys and values they store
import sys
k = "key"
v = [1]
d = {k + str(i): v for i in range(3)}
print(sys.getrefcount(v))
s = {id(v) for _ in range(3)}
print(len(s), sys.getrefcount(v))
d2 = dict.fromkeys(["a", "b"], v)
print(sys.getrefcount(v))
