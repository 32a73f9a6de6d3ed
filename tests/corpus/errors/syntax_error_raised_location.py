# a SyntaxError raised by the program prints its file, line, source text and carets
cases = [
    ("bad thing", ("f.py", 1, 2, "abc\n")),
    ("spans lines", ("f.py", 3, 5, "    x = (1,\n", 4, 2)),
    ("no file", (None, 2, 3, "hello world", 2, 8)),
    ("no offset", ("g.py", 7, None, "text")),
    ("embedded newline", ("g.py", 7, 30, "a\nbcdef\n")),
    ("no text", ("g.py", 7, 3, None)),
    ("no line", ("g.py", None, 3, "zz")),
]
for msg, details in cases:
    e = SyntaxError(msg, details)
    print(str(e), e.lineno, e.offset)
try:
    compile("x = (1,\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text))
raise IndentationError("unexpected indent", ("h.py", 2, 5, "    y = 2\n", 2, 6))
