# str.replace: counts, empty patterns, growth and shrink, and identity when nothing changes.
s = "".join(["banana", ""])
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("an", ""), s.replace("na", "NAN", 1))
print(s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "".replace("", "x", 1))
print(s.replace("x", "y") is s, s.replace("a", "a") is s, s.replace("a", "b", 0) is s)
print(s.replace("banana", "") == "", s.replace("b", "B").replace("B", "b") is s)
t = "".join(["a", "b"])
r = t.replace("b", "")
print(r, r is chr(97), t.replace("a", "A") is t)
print("aaaa".replace("aa", "b"), "abcabc".replace("abc", "x", -1), "Ā".replace("Ā", "é"))
for args in (("a",), ("a", 1), (1, "a"), ("a", "b", "c"), ("a", "b", 1.5)):
    try:
        s.replace(*args)
    except TypeError as e:
        print("TypeError:", e)
