# more str: strip with chars, ljust/rjust, translate, casefold, format_map, encode, isidentifier
print("xxhixx".strip("x"), "www.example.com".lstrip("w."), "a-b-c".rsplit("-", 1))
print("ab".ljust(5, ".") + "|", "ab".rjust(5) + "|", "Straße".casefold(), "ABC".lower() == "abc")
table = str.maketrans("abc", "xyz", "!")
print("a!b!c!d".translate(table), "hello".translate({ord("l"): None}))
print("{x}-{y}".format_map({"x": 1, "y": 2}), "abc".encode("utf-16-le"), "id_1".isidentifier(), "1x".isidentifier())
print("Hello World".removeprefix("Hello "), "file.py".removesuffix(".py"), "a,b;c".replace(";", ",").split(","))
print("%-6s|" % "ab", "abc".find("c", 1, 2), "aaa".replace("a", "b", 2), "tEsT".swapcase())
print(" ".join(sorted("the quick brown fox jumps".split(), key=len)), "x".join(""), "".join(["a"]))
