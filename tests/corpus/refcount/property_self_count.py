# refcount of self inside a property getter, setter and a method called through super()
import sys
class Base:
    def who(self):
        return sys.getrefcount(self)
class P(Base):
    @property
    def val(self):
        return sys.getrefcount(self)
    @val.setter
    def val(self, v):
        print("setter", sys.getrefcount(self), sys.getrefcount(v))
    def who(self):
        return super().who()
p = P()
print(p.val)
p.val = [1]
print(p.who())
print(Base.who(p))
