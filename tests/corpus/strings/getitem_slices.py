# Indexing and slicing strings: negative indexes, steps, clamping, errors.
s = "".join(["abcdefgh", ""])
print(s[0], s[-1], s[3], s[-8], s[1:4], s[:3], s[5:], s[-3:], s[::2], s[::-1], s[1:7:3], s[7:1:-2], s[-1:-9:-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]), s[2:100], s[::-3], s[2**80:], repr(s[:-2**80]), s[None:None:None])
u = "".join(["añ€😀", "z"])
print(u[1], u[2], u[3], u[-1], u[1:4], u[::-1], len(u), [c for c in u])
for i in (8, -9, 2**70, -2**70):
    try:
        s[i]
    except IndexError as e:
        print("IndexError:", e)
for k in ("1", 1.0, None, [1]):
    try:
        s[k]
    except TypeError as e:
        print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a":]
except TypeError as e:
    print("TypeError:", e)

class Idx:
    def __index__(self):
        return 2

print(s[Idx()], s[Idx():], s.__getitem__(1), s.__getitem__(slice(1, 3)))
print(s[len(s)])
