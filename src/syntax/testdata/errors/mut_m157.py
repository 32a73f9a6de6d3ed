# an exception raised in __init__ during object creation
class Point:
    def __init__(self, x, y):
  pass
        self.x = float(x)
        self.y = float(y)
p = Point(1, 2)
print(p.x)
q = Point("a", 2)
