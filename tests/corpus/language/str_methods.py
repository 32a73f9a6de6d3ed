# common str methods
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.lower(), t.upper(), t.swapcase(), t.title(), "hello world".capitalize())
print(t.split(","), t.split(), "a,b,,c".split(","), "a b  c".split(" "), "k=v=w".split("=", 1))
print(t.replace("l", "L"), t.replace("l", "L", 1), t.find("o"), t.rfind("o"), t.find("z"))
print(t.startswith("He"), t.endswith(("x", "d")), t.count("l"), t.index("W"))
print("-".join(["a", "b", "c"]), ",".join("xyz"), "abc".center(9, "*"), "7".zfill(3))
print("line1\nline2\r\nline3".splitlines(), "a\tb".expandtabs(4))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(), "Ab".istitle())
print("Mississippi".partition("ss"), "Mississippi".rpartition("ss"))
print("%s is %d years and %.1f%%" % ("Ann", 30, 99.5), "{} {}".format(1, "two"), "{0}{1}{0}".format("a", "b"))
print("straße".upper(), "ǅ".lower(), "İ".lower().encode("utf-8"), len("İ".lower()))
