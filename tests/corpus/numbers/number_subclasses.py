# Subclasses of int and float: operators return plain ints/floats unless overridden
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
class Money(float):
    def __add__(self, other):
        return Money(float(self) + other)
    __radd__ = __add__
    def __str__(self):
        return "$%.2f" % self
class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
a = MyInt(5)
print(a, a + 1, type(a + 1).__name__, -a, type(-a).__name__, a * a, a == 5, hash(a) == hash(5), isinstance(a, int), +a)
print(MyInt("ff", 16), MyInt(2.9), MyInt(), a.real, type(a.real).__name__, int(a), type(int(a)).__name__, a.bit_length())
m = Money(1.5)
print(m, m + 2, 2 + m, m * 2, type(m * 2).__name__, str(m + m), repr(m), float(m), type(float(m)).__name__)
f = Flag(3, "three")
print(f, f.name, f + 1, f | 4, f > 2, sorted([Flag(2, "b"), Flag(1, "a")]), Flag(7, "x").name)
print(MyInt(3) in {3: "x"}, {MyInt(3): 1}[3], 3 is MyInt(3), MyInt(300) is MyInt(300), format(MyInt(255), "#x"))
print(int.__new__(MyInt, 9), float.__new__(Money, "2.5"), complex.__new__(complex, 1, 2), bool(MyInt(0)), bool(Money(0.1)))
class Weird(int):
    def __index__(self):
        return 99
print([10, 20, 30][Weird(1)], hex(Weird(1)), range(5)[Weird(2)])
