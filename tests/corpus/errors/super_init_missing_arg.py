# TypeError from super().__init__ called with a missing argument
class Base:
    def __init__(self, name, size):
        self.name = name
class Child(Base):
    def __init__(self, name):
        super().__init__(name)
Child("x")
