# strip/lstrip/rstrip with and without characters; unchanged strings come back as themselves.
s = "".join(["  \t hello world \n ", ""])
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("hi".strip("")))
print(repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ipz")))
print(repr("\u3000 wide \u3000".strip()), repr("\x1c\x1dx\x1e\x1f".strip()))

plain = "".join(["ab", "c"])
print(plain.strip() is plain, plain.lstrip("x") is plain, plain.rstrip(None) is plain)
print(plain.strip("ac") == "b", plain.strip("abc") == "")
empty = "".join([" ", " "]).strip()
print(empty is "".join([]), len(empty))
one = "".join(["  ", "z", "  "]).strip()
print(one is chr(122))
for bad in (1, b"x", ["x"]):
    try:
        "abc".strip(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc".lstrip("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".rstrip(chars="a")
except TypeError as e:
    print("TypeError:", e)
