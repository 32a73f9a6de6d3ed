# closures created in a loop share one cell per enclosing call; refcounts of the cell contents
import sys
def make():
    fs = []
    val = [0]
    for i in range(3):
        fs.append(lambda: val)
    return fs, val
fs, val = make()
print(sys.getrefcount(val), len({id(f.__closure__[0]) for f in fs}))
del fs
print(sys.getrefcount(val))
