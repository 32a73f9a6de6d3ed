# range objects, enumerate and zip behaviour
r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], 4 in r, 7 in r, r.index(4), range(5)[1:3])
print(list(enumerate("abc", start=1)), list(zip("ab", [1, 2, 3], (True, False))))
print(list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("xy")))
print(range(0), range(3), repr(range(1, 10, 2)), list(range(-3)), sum(range(101)))
print(list(reversed(range(4))), list(reversed("abc")), list(reversed([1, 2])))
for i, (a, b) in enumerate(zip([1, 2], [3, 4])):
    print(i, a, b)
