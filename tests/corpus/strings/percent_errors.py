# Error messages of printf-style formatting.
cases = [
    ("%s %s", (1,)), ("%s", (1, 2)), ("%d", "a"), ("%d", ("a",)), ("%x", 1.5), ("%o", "1"),
    ("%c", "ab"), ("%c", -1), ("%c", 0x110000), ("%c", 1.5), ("%(a)s", 1), ("%(a", {}), ("%(a)s", {}),
    ("%", ()), ("%z", 1), ("abc %y", 1), ("%*d", ("a", 1)), ("%.*f", (1.5, 1.0)), ("abc", 5), ("abc", "x"),
    ("abc", ()), ("%s %(a)s", {"a": 1}), ("%d", 1j), ("%d", float("inf")), ("%d", float("nan")),
    ("%f", "x"), ("%e", None), ("%5", 1), ("%-", 1), ("%.", 1), ("%x", [1]), ("%ê", 1),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("abc" % [1], "abc" % {}, "%s" % {}, "%s" % {"k": 1})
"%s and %s" % ("only one",)
