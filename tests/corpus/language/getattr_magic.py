# __getattr__, __getattribute__ fallback, __setattr__ hooks and __dir__
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
d = Dyn()
print(d.real, d.x_hello)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
g = Guard()
g.v = 21
print(g.v, g.__dict__)
print(getattr(d, "real"), getattr(d, "x_q"), hasattr(d, "nope"))
