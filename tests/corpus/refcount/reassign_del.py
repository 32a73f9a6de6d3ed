# rebinding a name frees the previous object before the next statement
class N:
    def __init__(self, name):
        self.name = name
        print("new", name)
    def __del__(self):
        print("del", self.name)
r = N(1)
r = N(2)
print("---")
r = None
print("---")
for i in range(3):
    v = N(10 + i)
print("loop done")
