# object.__reduce_ex__(4) and friends, as copy uses them.
import copyreg


class Plain:
    pass


class WithState:
    def __init__(self):
        self.a = 1
        self.b = [2]


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


class MyList(list):
    pass


p = Plain()
r = p.__reduce_ex__(4)
print(r[0] is copyreg.__newobj__, r[1:])
w = WithState()
print(w.__reduce_ex__(4)[1:], w.__reduce_ex__(2)[2])
s = Slotted()
print(s.__reduce_ex__(4)[1:], Slotted.__slotnames__)
ml = MyList([1, 2])
r = ml.__reduce_ex__(4)
print(r[1], r[2], list(r[3]), r[4])
print(w.__getstate__(), p.__getstate__())
print(ValueError("x").__reduce_ex__(4))


def gen():
    yield 1


try:
    gen().__reduce_ex__(4)
except TypeError as e:
    print("TypeError:", e)
print("__slotnames__" in Plain.__dict__)
