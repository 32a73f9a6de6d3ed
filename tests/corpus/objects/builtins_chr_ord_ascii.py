# chr, ord, ascii, repr and format.
print(chr(65), chr(0x263A), chr(233), ord("A"), ord("\u263a"), ord(b"z"))
print(ascii("plain"), ascii("caf\u00e9"), ascii("\u263a \U0001f600"), ascii(["\u00e9", 1]))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr(1.0), repr(None))
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(7))
print(chr(97) is chr(97), chr(300) == "\u012c")
for call in (
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: chr("a"),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: ord(7),
    lambda: format(1, 2),
    lambda: format(1, "q"),
):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
