a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
c = a
c = c + [5]
print(a, c, a is c)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(e)
print(t)
x = [[]] * 3
x[0].append(1)
print(x)
y = [[] for _ in range(3)]
y[0].append(1)
print(y)
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) < (1, 2, 0), [3] > [2, 9])
