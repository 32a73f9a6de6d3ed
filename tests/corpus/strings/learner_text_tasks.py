# Typical text-processing exercises built from str methods.
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!   And then...   the END."""

words = [w.strip(".,;!").lower() for w in text.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(" ".join(reversed(text.splitlines()[0].split())))
print([w for w in ("level", "Racecar", "python", "A man a plan") if w.lower().replace(" ", "") == w.lower().replace(" ", "")[::-1]])
shift = str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")
secret = "attack at dawn".translate(shift)
print(secret, secret.translate(str.maketrans("defghijklmnopqrstuvwxyzabc", "abcdefghijklmnopqrstuvwxyz")))
rows = "name, age ,city\n Ann,31, Oslo \nBob , 27,Rome".splitlines()
table = [[cell.strip() for cell in row.split(",")] for row in rows]
header, *data = table
for row in data:
    print("{:<5}|{:>3}|{:^8}|".format(*row), dict(zip(header, row)))
print("-".join(s.capitalize() for s in "snake_case_name".split("_")), "CamelCaseName".swapcase())
print("%-10s%5.1f%%" % ("progress", 42.1234), "{:08.3f}".format(-3.14159), "{:,}".format(1234567))
vowels = sum(text.lower().count(v) for v in "aeiou")
print(vowels, len(text), text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
print(text.upper().startswith("THE"), text.endswith("END."), text.index("lazy"), text.partition(";")[0][-9:])
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "*".center(9, "-"), "ab".zfill(5), "Hello"[::-1], "x".join("123"))
