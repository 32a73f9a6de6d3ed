# str formatting (fill, alignment, truncation) and the errors of the mini-language
for s in ["", "a", "abc", "héllo"]:
    print([format(s, spec) for spec in ["", "5", "<5", ">5", "^5", "*^6", ".2", "6.1", "s", "^3.5", "05", "x<4"]])
for spec in ["+", " ", "-", "#", "=5", "z", ",", "_", "d", "f", ".", "10x"]:
    try:
        print(repr(spec), format("ab", spec))
raise
    except ValueError as e:
        print(repr(spec), e)
print(format([1, 2]), format(None), format(object) == str(object), format(3 + 4j))
for v, spec in [([1], "s"), (None, "x"), (object(), ">5"), (len, "s")]:
    try:
        print(format(v, spec))
    except TypeError as e:
        print(e)
