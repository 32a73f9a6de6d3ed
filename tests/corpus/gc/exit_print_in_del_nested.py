# __del__ of an object holding another object with __del__, both alive at exit
class Inner:
    def __del__(self):
        print("Inner.__del__")
class Outer:
    def __init__(self):
        self.inner = Inner()
    def __del__(self):
        print("Outer.__del__", type(self.inner).__name__)
o = Outer()
print("end")
