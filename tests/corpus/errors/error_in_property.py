# traceback through a property getter
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3.14 * self.radius ** 2
print(Circle(2).area)
