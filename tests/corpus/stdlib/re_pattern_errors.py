# re.error messages for bad patterns, with their positions, lines and columns
import re

bad = [
    "(", ")", "a)", "[a", "[z-a]", "a**", "*a", "a{3,2}", "(?P<1x>a)", "(?P<a>a)(?P<a>b)",
    "(?P=nope)", "\\1", "(a)\\2", "(?<=a+)b", "(?<=a|bc)d", "\\", "a\\", "(?z)", "(?",
    "(?P", "(?P<", "(?P<a", "x{1,2", "[\\d-z]", "\\x4", "\\u12",
    "(?i", "(?-i:a)(?i)", "a(?i)b", "\\p", "(?#unterminated", "(?(2)a|b)", "(?(a)b|c|d)",
    "[]", "(?<!", "x{99999999999}", "\\8", "(?x)[", "abc\n(def",
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), "compiles")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), "->", type(e).__name__, e)
try:
    re.compile("a", re.LOCALE)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"a", re.UNICODE)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("a", re.ASCII | re.UNICODE)
except ValueError as e:
    print("ValueError:", e)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
re.compile("((a)")
