# str.splitlines: every line boundary CPython knows, keepends, and \r\n as one break.
texts = [
    "one\ntwo\r\nthree\rfour",
    "trailing\n",
    "\n\n",
    "",
    "no breaks",
    "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i",
    "crlf\r\n\r\nend",
]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))
print("x\ny".split("\n"), "x\ny\n".split("\n"))
try:
    "a".splitlines(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".splitlines(keepends=True, x=1)
except TypeError as e:
    print("TypeError:", e)
