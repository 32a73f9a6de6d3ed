l = [3, 'a', 1]
try:
    l.sort()
except TypeError as e:
    print(e)
print(l)
try:
    [1, 2].sort(1)
except TypeError as e:
    print(e)
def bad_key(x):
    if x == 2:
        raise ValueError('bad key')
    return x
l = [3, 2, 1]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(e, l)
m = [3, 1, 2]
def sneaky(x):
    m.append(x)
    return x
try:
    m.sort(key=sneaky)
except ValueError as e:
    print(e)
print(m)
