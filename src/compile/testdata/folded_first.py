"a" + "b"
def f():
    "x" * 2
    return 1
class C:
    1 + 2
    "p" "q"
