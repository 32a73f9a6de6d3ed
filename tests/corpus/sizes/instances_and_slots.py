# instance sizes: plain, with attributes, __dict__ materialised, __slots__
import sys
class Plain:
    pass
class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2
class Slots2:
    __slots__ = ("a", "b")
class Slots0:
    __slots__ = ()
class SlotsWeak:
    __slots__ = ("a", "__weakref__")
p = Plain()
print(sys.getsizeof(p), sys.getsizeof(WithInit()), sys.getsizeof(Slots2()), sys.getsizeof(Slots0()), sys.getsizeof(SlotsWeak()))
p.x = 1
p.y = 2
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))
w = WithInit()
print(sys.getsizeof(vars(w)))
for i in range(10):
    setattr(p, "attr" + str(i), i)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))
