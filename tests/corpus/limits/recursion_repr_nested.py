# repr of a 5,000-deep nested list hits the recursion limit
x = []
for _ in range(5000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive")
