# constant folding and merging, compared through names (no "is with a literal" warnings)
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
k = 1024
print(g is k)
i = 60 * 60 * 24
j = 86400
print(i is j)
