# constants are merged across all code objects of the module
x = 1000
def f():
    return 1000
def g():
    return 1000
class C:
    val = 1000
    def m(self):
        return 1000
print(f() is g(), f() is x, C.val is x, C().m() is x)
def h():
    return 1000.5
def k():
    return 1000.5
print(h() is k())
