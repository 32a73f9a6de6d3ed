# %(name)s formatting looks keys up with __getitem__ (any mapping).
class Lookup:
    def __getitem__(self, key):
        print("lookup", repr(key))
        return key.upper()

print("%(first)s %(second)r %(x)5s|" % Lookup())
print("%(a)s %(a)s %%" % {"a": 1}, "%(nested(paren))s" % {"nested(paren)": "ok"})

class D(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("%(known)s %(unknown)s" % D(known="K"))
try:
    "%(missing)s" % {}
except KeyError as e:
    print("KeyError:", e)
print("%s" % {"dict": "as value"}, "%s %%" % Lookup().__class__.__name__)
