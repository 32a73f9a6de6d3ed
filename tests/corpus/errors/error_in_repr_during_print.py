# an exception raised inside __repr__ while printing an object
class Broken:
    def __repr__(self):
        return "Broken(" + self.missing + ")"
items = [Broken()]
print("about to print")
print(items)
