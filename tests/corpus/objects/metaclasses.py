# Metaclasses: a singleton __call__, __prepare__/__new__/__init__, class keywords, conflicts.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=1):
        self.value = value


a = Config(5)
b = Config(6)
print(a is b, a.value, type(Config).__name__, isinstance(Config, Singleton))


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        print("Registry.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}


class Base(metaclass=Registry):
    def method(self):
        return "m"


class Child(Base, flavor="x"):
    pass


print(Registry.classes, Child.injected, type(Child).__name__, Child().method())


class Plugin:
    def __init_subclass__(cls, kind=None, **kw):
        print("init_subclass", cls.__name__, kind, kw)
        super().__init_subclass__(**kw)


class P1(Plugin, kind="a"):
    pass


try:
    class P2(Plugin, kind="b", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Q(object, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


try:
    class B(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)


def func_meta(name, bases, ns):
    print("func_meta", name)
    return 7


class Weird(metaclass=func_meta):
    pass


print(Weird)
