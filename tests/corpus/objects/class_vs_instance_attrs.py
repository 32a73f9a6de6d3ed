# Class attributes, instance attributes and shadowing.
class Config:
    debug = False
    tags = []

    def __init__(self, name):
        self.name = name


a = Config("a")
b = Config("b")
a.debug = True
a.tags.append("shared")
print(a.debug, b.debug, Config.debug)
print(a.tags, b.tags, a.tags is Config.tags)
print(vars(a), vars(b))
del a.debug
print(a.debug)
Config.debug = "changed"
print(a.debug, b.debug)
try:
    del a.debug
except AttributeError as e:
    print("AttributeError:", e)
print("debug" in Config.__dict__, "name" in Config.__dict__, "name" in a.__dict__)
Config.version = 2
print(a.version, getattr(b, "version"))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
