# One-character results of indexing are the shared latin-1 singletons; a full slice is the
# string itself; stepped slices are new strings.
import sys

s = "".join(["xyz", "é"])
print(s[0] is chr(120), s[-1] is chr(233), s[0:1] is chr(120), s[:] is s, s[0:len(s)] is s, s[::1] is s)
print(s[::2] == "xz", s[0:4:2] is s[0:4:2], s[::-1][::-1] is s, s[1:2] is s[1:2])
w = "".join(["Ā", "ā"])
print(w[0] is w[0], w[0] == chr(256), w[1:] is w[1:])
e = s[2:1]
print(e is s[5:], len(e))
print(sys.getrefcount(s), [sys.getrefcount(c) > 100 for c in s[:2]])
first = [t[0] for t in ["apple", "avocado", "banana"]]
print(first[0] is first[1], first[0] is first[2])
