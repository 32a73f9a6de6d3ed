# Functions, bound methods and their attributes; __call__ on function objects.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, greeting="hello"):
        return greeting + " " + self.name


g = Greeter("ann")
m = g.greet
print(m(), m("hi"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(Greeter.greet(g, "hey"), Greeter.greet.__qualname__, m.__qualname__)
print(g.greet == g.greet, g.greet is g.greet, type(m).__name__, type(Greeter.greet).__name__)
print(m.__call__("yo"), Greeter.greet.__call__(g), len.__call__([1, 2]))
print(Greeter.greet.__get__(g)(), Greeter.__init__.__name__)
f = Greeter.greet
print(f.__defaults__, f.__code__.co_varnames, f.__module__)
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    m(1, 2)
except TypeError as e:
    print("TypeError:", e)
