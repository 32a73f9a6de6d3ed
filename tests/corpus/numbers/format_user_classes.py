# format() on user classes: inherited object.__format__ refuses non-empty specs
class Node:
    def __str__(self):
        return "Node!"
class Plain:
    pass
class Custom:
    def __format__(self, spec):
        return "<" + spec + ">"
class BadFormat:
    def __format__(self, spec):
        return 42
class MyInt(int):
    pass
class MyFloat(float):
    def __str__(self):
        return "myfloat"
print(format(Node()), f"{Node()}", format(Custom(), "x>5"), f"{Custom():abc}", f"{Custom()!s:>10}"[:3])
print(format(MyInt(42), "05"), format(MyInt(42), ""), f"{MyFloat(1.5)}", f"{MyFloat(1.5):.2f}", format(MyFloat(2.0)))
for v in [Node(), Plain()]:
    try:
        format(v, "10")
    except TypeError as e:
        print(e)
try:
    format(BadFormat(), "")
except TypeError as e:
    print(e)
print(f"{Node()!r:.1}", format(Node(), "") == str(Node()))
print(f"{Node():>10}")
