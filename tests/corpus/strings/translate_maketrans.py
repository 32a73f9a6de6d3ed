# str.maketrans and str.translate.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc-abc".translate(t))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): "γ", "d": 100})
print(sorted(t3.items()), "abcd!".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "hello".translate([]), "é".translate({233: "e"}))

class Upper:
    def __getitem__(self, c):
        if c == ord("q"):
            raise LookupError
        return chr(c).upper()

print("quiz".translate(Upper()))
s = "".join(["same", ""])
print(s.translate({}) is s, s.translate({}) == s)
for call in (lambda: str.maketrans(), lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1),
             lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("a", 1),
             lambda: "a".translate(1), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1})):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
