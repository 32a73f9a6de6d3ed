# repr of a 20,000-deep nested list hits the recursion limit
x = []
for _ in range(20000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
