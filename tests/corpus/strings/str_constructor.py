# str(): no argument, objects, bytes with an encoding; subclasses.
import sys

print(repr(str()), str(12), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(str), str("x") == "x")
s = "".join(["same", " object"])
print(str(s) is s, str() is "".join([]), str(b"hi", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"\xe9", "latin-1"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", errors="ignore"), str(object=5), str(bytearray(b"ba"), "ascii"))
print(str(b"x", encoding="utf-8"), repr(str(encoding="utf-8")), sys.getrefcount(s))

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("guido")
print(n, type(n).__name__, n.shout(), n == "guido", isinstance(n, str), len(n), n[0], type(n[0]).__name__)
print(type(str(n)).__name__, str(n) == n, type(Name()).__name__, repr(Name()), Name(b"x", "ascii"))

class WithStr:
    def __str__(self):
        return "custom"

print(str(WithStr()), "%s" % WithStr(), "{}".format(WithStr()))
for args, kwargs in (((1, "utf-8"), {}), (("a", "utf-8"), {}), ((b"a", "foo"), {}), ((b"a", 1), {}), ((), {"x": 1}), ((1, 2, 3, 4), {})):
    try:
        str(*args, **kwargs)
    except (TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)

class BadStr:
    def __str__(self):
        return 42

str(BadStr())
