# Assigning __class__ between compatible classes.
class Caterpillar:
    def describe(self):
        return "crawls"


class Butterfly:
    def describe(self):
        return "flies"


class Slotted:
    __slots__ = ("a",)


bug = Caterpillar()
print(bug.describe(), type(bug).__name__)
bug.__class__ = Butterfly
print(bug.describe(), type(bug).__name__, isinstance(bug, Caterpillar))
for bad in (int, Slotted, 5):
    try:
        bug.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
