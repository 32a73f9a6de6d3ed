# the small-int cache covers -5..256 for values computed at run time
def check(n):
    a = int(str(n))
    b = int(str(n))
    return a is b
for n in (-6, -5, -1, 0, 1, 100, 255, 256, 257, 1000):
    print(n, check(n))
