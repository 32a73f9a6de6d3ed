# Characters produced by iterating a string are the shared one-character strings (latin-1);
# characters above U+00FF are new objects each time.
import sys

s = "".join(["héllo", " wörld"])
chars = [c for c in s]
print(chars, chars[2] is chars[-1] if False else chars[2] is chr(108), chars[1] is chr(233))
print(list(s) == chars, [c is d for c, d in zip(s, s)], chars.count("l"))
wide = "".join(["Ā", "Ā"])
a, b = wide
print(a == b, a is b, list(wide)[0] is list(wide)[0])
print(sys.getrefcount(s), [c for c in "".join(["x", "yz"])][0] is chr(120))
seen = {}
for c in s:
    seen[c] = seen.get(c, 0) + 1
print(sorted(seen.items()))
print(max(s), min(s), sorted(s)[:3], "".join(sorted(s)), "".join(sorted(s)) is s)
