# an object bound to three names is freed only when the last one goes
class N:
    def __del__(self):
        print("freed")
x = y = z = N()
del y
print("y gone")
x = None
print("x rebound")
z = 0
print("end")
