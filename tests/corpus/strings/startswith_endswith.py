# startswith/endswith: strings, tuples, bounds, empty prefixes.
s = "".join(["hello world", ""])
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("o", 0, -6), s.endswith(""))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("d", -1), s.endswith("d", -100, 100), s.startswith("h", 2**70))
for bad in (1, ["h"], ("h", 1), (1, "h")):
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    s.endswith()
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(None)
except TypeError as e:
    print("TypeError:", e)
