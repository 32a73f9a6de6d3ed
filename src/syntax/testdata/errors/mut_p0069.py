# Exceptions raised by Python code that str methods call back into keep their tracebacks.
class Loud:
    def __str__(self):
        raise RuntimeError("no str for you")
    def __repr__(self):
        return "Loud()"
    def __format__(self, spec):
        if spec == "bad":
            raise ValueError("bad spec " + repr(spec))
        return "formatted:" + spec

def words():
    yield "one"
    yield "two"
    raise KeyError("generator gave up")

for action in (lambda: "%s" % Loud(), lambda: "{!s}".format(Loud()), lambda: "-".join(words()),
               lambda: "{:bad}".format(Loud()), lambda: "%r|{}" % Loud(), lambda: "{0:xyz}".format(Loud()),
               lambda: "".join(str(x) for x in [1, Loud()])):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e, e.__traceback__.tb_next is not None)

class Mapping:
    def __getitem__(self, key):
        if key == "boom":
            raise LookupError("no " + key)
        return key * 2

print("%(ab)s %(c)s" % Mapping(), "{m[x]}".format(m=Mapping()), "{x}".format_map(Mapping()))
try:
    "%(boom)s" %<> Mapping()
except LookupError as e:
    print("LookupError:", e)
"{}".format(Loud())
print("{!s}".format(Loud()))
