for i in [1, 2, 3]:
    if i:
        continue
    elif i > 2:
        break
    print(i)
else:
    print("done")
while x < 10:
    x += 1
    if x == 5:
        break
else:
    pass
while True:
    y = 1
if a and b:
    f()
if not a or b:
    g()
if a is None:
    pass
assert x, "msg"
assert y
for k in [a, b]:
    pass
for (i, j) in z:
    pass
