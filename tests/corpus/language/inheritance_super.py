# single and multiple inheritance, super() chains and the MRO
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello())
print([k.__name__ for k in D.__mro__])
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))
class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        print("Child.__init__", age)
c = Child("kid", 7)
print(c.name, c.age)
