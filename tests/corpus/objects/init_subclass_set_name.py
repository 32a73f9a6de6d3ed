# __init_subclass__ and __set_name__ hooks.
class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)


class CSV(Plugin):
    pass


class JSON(Plugin):
    pass


print(Plugin.registry)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 10


class Model:
    width = Field()
    height = Field()


m = Model()
print(m.width)
m.width = 3
print(m.width, m.height, type(Model.width).__name__, Model.width.name)
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError:", e)
