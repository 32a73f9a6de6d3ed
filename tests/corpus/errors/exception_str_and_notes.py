# str() of exceptions uses the class __str__; tracebacks print __notes__ after the message
e = ValueError("x")
e.add_note("l1\nl2")
e.add_note("end\n")
e.__notes__.append(5)
class E(Exception):
    def __str__(self): return "custom"
print(str(E(1)), E(2))
try:
    raise E(3)
except E as x:
    print(x)
print(str(OSError(2, "No such file or directory", "a.txt")), OSError(13, "Permission denied"))
print(str(SyntaxError("bad", ("f.py", 3, 1, "x"))), ImportError("no mod", name="m"))
class MyOS(OSError):
    pass
print(MyOS(1, "x", "y"))
class Broken(Exception):
    def __str__(self):
        raise ValueError("inner")
try:
    raise Broken(1)
except Broken as b:
    print(repr(b))
raise e
