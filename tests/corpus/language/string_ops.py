# slicing, indexing, multiplication, membership and comparison of strings
s = "Programming"
print(s[0], s[-1], s[3:7], s[:3], s[8:], s[::2], s[::-1], s[100:], s[-3:-1])
print(s * 2, "-" * 10, "gram" in s, "Gram" in s, s < "Python", "a" < "B", "Z" < "a")
print(len(s), s.lower().count("m"), list(s[:4]), ord(s[0]), min(s), max(s))
print("abc" "def", ("x" "y") * 2, str(123) + str(4.5) + str(None) + str(True))
print("ab" == "a" + "b", "abc"[1:2] == "b", "-".join(reversed(s)))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
