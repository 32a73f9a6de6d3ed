# a __del__ that creates and drops another finalisable object
class Second:
    def __del__(self):
        print("Second.__del__")
class First:
    def __del__(self):
        print("First.__del__ start")
        s = Second()
        print("First.__del__ end")
f = First()
del f
print("end")
