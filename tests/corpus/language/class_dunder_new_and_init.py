# __new__ vs __init__: immutability via __new__, __init__ skipped when __new__ returns another type
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
class Weird:
    def __new__(cls, flag):
        if flag:
            return 42
        return super().__new__(cls)
    def __init__(self, flag):
        print("__init__ called", flag)
u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str), u + "!")
print(Weird(True), type(Weird(False)).__name__)
