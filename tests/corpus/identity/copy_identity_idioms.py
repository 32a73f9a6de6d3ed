# which copying idioms return the same object
t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, t + () is t)
s = "abc"
print(s[:] is s, str(s) is s, s + "" is s, s * 1 is s)
fs = frozenset([1, 2])
print(frozenset(fs) is fs)
l = [1, 2]
print(l[:] is l, list(l) is l, l.copy() is l)
b = b"xy"
print(bytes(b) is b, b[:] is b)
