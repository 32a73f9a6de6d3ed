# re: findall/finditer/sub/subn/split with groups, callables, templates, empty matches, flags
import re

print(re.findall(r"(\w+)=(\d+)", "a=1, b=22, c=x, dd=333"))
print(re.findall(r"(\w+)=\d+", "a=1, b=22"))
print(re.findall(r"", "abc"), re.findall(r"x*", "axxb"), re.findall(r"\b", "ab cd"))
print([(m.start(), m.group()) for m in re.finditer(r"\w+", "one, two;three")])
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 apple, 12 pears, 100 figs"))
print(re.sub(r"(?P<key>\w+):(?P<val>\w+)", r"\g<val>=\g<key>", "a:1 b:2"))
print(re.sub(r"(\w)(\w)", r"\2\1", "abcdef", count=2))
print(re.subn(r"o", "0", "foo boo"), re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
print(re.sub(r"a", r"\n", "bab") == "b\nb", re.sub(r"(a)", r"[\1\\]", "cat"))
print(re.sub(r"\s+", " ", "  lots   of\t\tspace \n here  ").strip())
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"x*", "axbc"), re.split(r"\b", "a b"), re.split(r"(?=b)", "abab"))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.MULTILINE))
print(re.findall(r"line.second", text), re.findall(r"line.second", text, re.S))
print(re.findall(r"(?i)LINE", text), re.search(r"\Athird", text), re.search(r"third\Z", text))
print(re.findall(r"[A-Z]", "aBcD", re.I), re.findall(r"[^a-z]", "aB1_", re.I))
verbose = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    -
    (?P<day>\d\d)     # day
""", re.VERBOSE)
print(verbose.match("2024-02-29").groupdict(), verbose)
print(re.escape("a.b*c?(d)[e]{f}|g^h$i\\j k"), re.escape(b"a.b"))
print(re.findall(rb"\d+", b"a12b345"), re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.ASCII), re.findall(r"\w+", "héllo wörld"))
print(re.findall(r"\s", "a\u2003b\xa0c d"), re.findall(r"(?a)\w+", "héllo"))
print(re.findall(r"(?i)[a-z]+", "ÀbC"), re.match(r"(?i)ǅ", "ǆ"), re.match(r"(?i)k", "\u212a"))
p = re.compile(r"o")
print(p.search("foo", 2), p.match("foo", 1), p.match("foo", 1, 1), p.findall("ooo", 1, 2), p.fullmatch("o", 0))
print(p.search("foo", -5), p.search("foo", 10), p.findall("foo", endpos=-1))
s = re.compile(r"\d").scanner("a1b22")
print(s.search(), s.search(), s.search(), s.search(), s.match())
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") is re.compile("a"))
print(hash(re.compile("ab")) == hash(re.compile("ab")), type(re.finditer("a", "a")).__name__)
print(type(re.compile("a")), type(re.match("a", "a")), re.Pattern, re.Match)
print(re.sub(r"(\d+)", lambda m: None or "", "a1b"), re.sub("b", lambda m: m.group().upper(), "abc"))
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
m = re.search(r"(?P<x>a+)", "baaa")
print(repr(m), bool(m), m.regs, re.match("a" * 60, "a" * 70))
