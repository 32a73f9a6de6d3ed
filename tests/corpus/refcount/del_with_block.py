# __del__ timing for objects created in with statements and context managers
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return Tmp(self.n)
    def __exit__(self, *a):
        print("exit", self.n)
    def __del__(self):
        print("del CM", self.n)
class Tmp:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del Tmp", self.n)
with CM(1):
    print("body 1")
print("---")
with CM(2) as t:
    print("body 2")
print("after with 2")
del t
print("end")
