# format() with str specs; an unchanged string comes back as the same object.
s = "".join(["text", ""])
for spec in ("", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "-<6", "=^5", "2", "4"):
    r = format(s, spec)
    print(repr(spec), repr(r), r is s)
print(f"{s!r:>10}|{s:.1}|{s:>{3 + 3}}|", "{0:{1}}|".format(s, "^8"))
for spec in ("d", "=10", "+", " ", "#", ",", "010", "x"):
    try:
        format(s, spec)
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
try:
    format(s, 5)
except TypeError as e:
    print("TypeError:", e)
