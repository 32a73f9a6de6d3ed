d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print(e)
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
print(d)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if x < 5:
        l.append(x + 5)
print(l)
