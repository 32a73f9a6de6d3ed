# deepcopy reproduces cycles instead of recursing forever
import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b, b is not a, b[1] is b)
d = {}
d["self"] = d
e = copy.deepcopy(d)
print(e, e["self"] is e)
class N:
    pass
x = N()
y = N()
x.y = y
y.x = x
cx = copy.deepcopy(x)
print(cx.y.x is cx, cx is x, cx.y is y)
