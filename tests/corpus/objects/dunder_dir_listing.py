# dir() of instances, classes, modules and exceptions.
import sys


class Thing:
    kind = "thing"

    def __init__(self):
        self.size = 1

    def act(self):
        pass


t = Thing()
print(dir(t))
print(dir(Thing) == sorted(set(dir(Thing))), "size" in dir(Thing), "act" in dir(Thing))
print([n for n in dir(ValueError("x")) if not n.startswith("__")])
print("getrefcount" in dir(sys), dir(object()) == dir(object))


class CustomDir:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(CustomDir()))
