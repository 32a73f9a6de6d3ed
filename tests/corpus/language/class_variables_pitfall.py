# mutable class attribute shared by all instances vs per-instance attribute
class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bad(), Bad()
b1.add(1)
b2.add(2)
print(b1.items, b2.items, b1.items is Bad.items)
g1, g2 = Good(), Good()
g1.add(1)
g2.add(2)
print(g1.items, g2.items)
b1.items = ["own"]
print(b1.items, b2.items, Bad.items)
