# repr of strings with quotes, escapes and non-ASCII characters
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("cr\r"), repr("nul\x00"), repr("bell\x07"))
print(repr("back\\slash"), repr("\x7f"), repr("é"), repr("\u2028"), repr("日本"), repr("\U0001F600"))
print(repr(b"bytes\x00\xff'"), repr(bytearray(b"ab")), repr("\x9f"), repr("\ud800"))
print(ascii("café ☕"), str(b"x"), "%r" % "q", repr(["a'b", 'c"d']))
print(len("\U0001F600"), ord("é"), chr(0x263A), "\N{GREEK SMALL LETTER ALPHA}")
