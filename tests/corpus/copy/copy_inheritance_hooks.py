# __copy__ is looked up on the class; __deepcopy__ on the instance
import copy
class Base:
    def __copy__(self):
        return "Base.__copy__ result"
class Child(Base):
    pass
print(copy.copy(Child()))
class Plain:
    pass
p = Plain()
p.__copy__ = lambda: "instance attr ignored"
print(type(copy.copy(p)).__name__)
q = Plain()
q.__deepcopy__ = lambda memo: "instance __deepcopy__ used"
print(copy.deepcopy(q))
