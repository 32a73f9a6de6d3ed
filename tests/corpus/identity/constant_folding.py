# the compiler folds constant expressions, then merges the results with equal constants
a = "hello" + " world"
b = "hello world"
print(a is b)
c = "a" * 20
d = "aaaaaaaaaaaaaaaaaaaa"
print(c is d)
e = (1, 2) + (3,)
f = (1, 2, 3)
print(e is f)
g = 2 ** 10
print(g is 1024)
h = -5
print(h is -5)
i = 60 * 60 * 24
print(i is 86400)
