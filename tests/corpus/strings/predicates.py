# The is* predicates over ASCII, Latin-1, other scripts, digits and numerals.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "١٢٣", "²³", "½", "Ⅻ", "一二三", "   ", "\t\n", "\u00a0",
           "\u200b", "é", "ǅ", "Hello World", "Hello world", "_name", "2name", "na-me", "π", "a b", "\x7f",
           "ℌ", "x\u0301", "🐍", "ascii!", "ÿ"]
for s in samples:
    print(repr(s), [s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
                    s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()])
try:
    "a".isdigit(1)
except TypeError as e:
    print("TypeError:", e)
