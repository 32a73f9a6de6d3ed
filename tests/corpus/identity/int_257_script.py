# equal constants in one code object are one object: 257 is 257 in a script
a = 257
b = 257
print(a is b)
c = 1000
d = 10 ** 3
print(c is d)
e = 256
f = 255 + 1
print(e is f)
x = 1000
y = x + 0
print(x is y, x == y)
