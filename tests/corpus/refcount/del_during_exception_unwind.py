# locals of frames unwound by an exception die as each frame is left, before except runs
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def inner():
    x = N("inner local")
    raise ValueError("boom")
def outer():
    y = N("outer local")
    inner()
try:
    outer()
except ValueError:
    print("handling")
print("after")
