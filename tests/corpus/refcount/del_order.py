# del of several names frees objects left to right, each __del__ running immediately
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = N("a")
b = N("b")
c = N("c")
print("before del")
del b, a, c
print("after del")
x = N("x")
y = x
del x
print("x deleted, y alive")
del y
print("end")
