# __del__ in a class hierarchy calling super().__del__()
class Base:
    def __del__(self):
        print("Base.__del__")
class Mid(Base):
    def __del__(self):
        print("Mid.__del__")
        super().__del__()
class Leaf(Mid):
    def __del__(self):
        print("Leaf.__del__")
        super().__del__()
x = Leaf()
del x
class NoDel(Mid):
    pass
y = NoDel()
y = None
print("end")
