# A pasted "inventory system": dataclasses, inheritance, properties, decorators, Counter,
# defaultdict, generators and sorting.
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import wraps, total_ordering
from typing import List, Optional


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args[1:]} -> {result!r}")
        return result
    return wrapper


@total_ordering
@dataclass
class Item:
    name: str
    price: float
    category: str = "misc"
    tags: List[str] = field(default_factory=list)

    def __lt__(self, other):
        return self.price < other.price

    @property
    def label(self):
        return f"{self.name} (${self.price:.2f})"


@dataclass
class Perishable(Item):
    days_left: int = 7

    @property
    def label(self):
        return super().label + f" [{self.days_left}d]"


class Inventory:
    def __init__(self):
        self.items: List[Item] = []
        self.by_category = defaultdict(list)

    @logged
    def add(self, item: Item) -> int:
        self.items.append(item)
        self.by_category[item.category].append(item.name)
        return len(self.items)

    def cheapest(self, n: int = 2) -> List[Item]:
        return sorted(self.items)[:n]

    def find(self, name: str) -> Optional[Item]:
        return next((i for i in self.items if i.name == name), None)

    def expiring(self):
        for item in self.items:
            if isinstance(item, Perishable) and item.days_left < 5:
                yield item

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


inv = Inventory()
inv.add(Item("pen", 1.5, "office", ["blue"]))
inv.add(Item("lamp", 25.0, "home"))
inv.add(Perishable("milk", 2.25, "food", days_left=3))
inv.add(Perishable("cheese", 7.5, "food"))
inv.add(Item("stapler", 9.99, "office"))

print(len(inv), [i.label for i in inv])
print([i.name for i in inv.cheapest(3)])
print(inv.find("lamp"), inv.find("sofa"))
print([p.label for p in inv.expiring()])
print(dict(inv.by_category))
print(Counter(i.category for i in inv).most_common())
print(max(inv), min(inv).name, Item("a", 1) <= Item("b", 1))
print(sum(i.price for i in inv if i.category == "office"))
print(Perishable.__mro__[1].__name__, Perishable.__doc__)
