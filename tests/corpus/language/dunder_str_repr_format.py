# __str__ vs __repr__ vs __format__ in print, f-strings and containers
class M:
    def __repr__(self):
        return "M-repr"
    def __str__(self):
        return "M-str"
    def __format__(self, spec):
        return f"M-format[{spec}]"
m = M()
print(m, str(m), repr(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:>10}", format(m, "x"), "%s %r" % (m, m))
class OnlyRepr:
    def __repr__(self):
        return "OR"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class Plain:
    pass
print(repr(Plain())[:18], str(Plain()).startswith("<__main__.Plain object at 0x"))
