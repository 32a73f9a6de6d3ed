# repr of a 100,000-deep nested list hits the recursion limit
x = []
for _ in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
