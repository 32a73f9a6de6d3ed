l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[::2] = 'VWXYZ'[:len(l[::2])]
print(l)
l[1:3] = l
print(l)
del l[::3]
print(l)
del l[::-2]
print(l)
l[len(l):] = [100, 200]
print(l)
l[-1:-3:-1] = [7, 8]
print(l)
