# slice objects, negative steps, slice assignment with different lengths and indices()
s = list(range(10))
print(s[::-3], s[-3::-2], s[8:2:-2], s[2:8:-1], s[-100:100])
sl = slice(1, None, 3)
print(s[sl], sl.indices(10), slice(None).indices(5), slice(-2, None, -1).indices(4))
s[1:3] = "abcd"
print(s)
s[::2] = [0] * len(s[::2])
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del s[::-3]
print(s, "hello"[::-1], (1, 2, 3)[::2], range(10)[::-3])
