# star unpacking in assignments, calls, lists, dicts and sets
a, *b = [1, 2, 3]
*c, d = "xyz"
print(a, b, c, d)
first, *_, last = range(10)
print(first, last)
print([*range(3), *"ab"], {*[1, 2], *[2, 3]} == {1, 2, 3}, {**{"a": 1}, **{"b": 2}})
print(*[1, 2, 3], sep="-")
print(*"abc", sep="", end="!\n")
x, y = y, x = 1, 2
print(x, y)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
