# __repr__ and __str__ fallbacks, and how containers use repr.
class NoMethods:
    pass


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only str"


class Both:
    def __repr__(self):
        return "Both-repr"

    def __str__(self):
        return "Both-str"


class Child(Both):
    pass


r = OnlyRepr()
print(r, str(r), repr(r), [r], f"{r}", f"{r!r}")
s = OnlyStr()
print(s, str(s), [s][0] is s, repr(s).startswith("<__main__.OnlyStr object at 0x"))
b = Both()
print(b, repr(b), [b, b], (b,), {"k": b}, f"{b}|{b!r}")
print(Child(), repr(Child()))
n = NoMethods()
print(str(n) == repr(n), object.__repr__(b).startswith("<__main__.Both object"))
print(object.__str__(s) == repr(s), format(b), format(b, ""))
try:
    format(b, "x")
except TypeError as e:
    print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
