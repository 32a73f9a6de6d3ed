# an exception raised by __eq__ while the `in` operator scans a list
class Item:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
items = [Item(1), Item(2)]
print(Item(2) in items)
print(5 in items)
