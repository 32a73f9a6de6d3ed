# __getattr__ runs only when normal lookup fails; __getattribute__ and __setattr__ overrides.
class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)


class Target:
    value = 42

    def hello(self):
        return "hello"


p = Proxy(Target())
print(p.value, p.hello(), p._target.__class__.__name__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


r = Recorder()
r.a = 1
r.b = [2]
del r.a
print(vars(r))


class Safe:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return object.__getattribute__(self, "x") * 100


s = Safe()
print(s.x, s.y, object.__getattribute__(s, "x"))
try:
    object.__getattribute__(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
