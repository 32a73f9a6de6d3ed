# super() in a diamond follows the MRO, each class once.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        print("Left.__init__ before super")
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        print("Right.__init__ before super")
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ before super")
        super().__init__()
        self.trail.append("Bottom")

    def who(self):
        return ["Bottom"] + super().who()


b = Bottom()
print(b.trail)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
print(super(Left, b).who())
print(super(Right, b).who())
print(super(Bottom, Bottom).who)
print(isinstance(b, Left), isinstance(b, Right), issubclass(Bottom, Base))
