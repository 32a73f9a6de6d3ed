# a class keeping a registry of its instances (class-level list) at exit
class Tracked:
    registry = []
    def __init__(self, name):
        self.name = name
        Tracked.registry.append(self)
    def __del__(self):
        print("del", self.name)
first = Tracked("first")
Tracked("anonymous")
last = Tracked("last")
print(len(Tracked.registry))
print("end")
