# Arguments that object.__init__ / object.__new__ refuse.
class NoInit:
    pass


class InitOnly:
    def __init__(self, x):
        super().__init__(x)


class NewOnly:
    def __new__(cls, x):
        return super().__new__(cls, x)


class Both:
    def __new__(cls, x):
        return super().__new__(cls)

    def __init__(self, x):
        super().__init__()
        self.x = x


for make in (lambda: NoInit(1), lambda: InitOnly(1), lambda: NewOnly(1), lambda: object.__init__(NoInit(), 1), lambda: object(1)):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(Both(5).x)
print(object.__new__(NoInit).__class__.__name__)
