a = [x * 2 for x in range(10) if x]
b = {x for x in y}
c = {k: v for k, v in d.items()}
g = (x for x in y)
n = [x + y for x in a for y in b if x if y]
m = [y for x in a for y in [x]]
def f(z):
    return [x + z for x in z]
