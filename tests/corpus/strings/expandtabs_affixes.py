# expandtabs, removeprefix and removesuffix (identity when nothing changes).
for t in ["a\tb", "\t", "ab\tc\td", "12345678\tx", "x\n\ty", "x\r\ty", "no tabs", "é\t漢\t😀\t."]:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(0)), repr(t.expandtabs(-2)), repr(t.expandtabs(tabsize=1)))
s = "".join(["prefix-body-suffix", ""])
print(s.removeprefix("prefix-"), s.removesuffix("-suffix"), s.removeprefix("body"), s.removesuffix(""))
print(s.removeprefix("x") is s, s.removesuffix("x") is s, s.removeprefix("") is s, s.removeprefix(s) == "")
print("".join(["b", "a"]).removeprefix("b") is chr(97), s.expandtabs() is s)
for call in (lambda: s.removeprefix(1), lambda: s.removesuffix(), lambda: s.expandtabs("4"), lambda: s.expandtabs(8, 1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
