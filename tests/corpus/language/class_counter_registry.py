# class-level state shared by instances, __init_subclass__ and a class registry
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)
class A(Plugin):
    pass
class B(Plugin):
    pass
class C(B):
    pass
print(Plugin.registry)
class Counted:
    instances = 0
    def __init__(self):
        Counted.instances += 1
        self.id = Counted.instances
objs = [Counted() for _ in range(5)]
print(Counted.instances, [o.id for o in objs])
