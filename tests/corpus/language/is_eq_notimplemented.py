# == falls back to the reflected __eq__, then to identity, and != inverts __eq__
class A:
    def __eq__(self, o):
        print("A.__eq__", type(o).__name__)
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__", type(o).__name__)
        return True
a, b = A(), B()
print(a == b)
print(b == a)
print(a != b)
a2 = A()
print(a == a2, a == a, a is a)
class Sub(B):
    def __eq__(self, o):
        print("Sub.__eq__")
        return False
print(B() == Sub())
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != n)
