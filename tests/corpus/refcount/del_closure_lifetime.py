# an object captured by a closure lives as long as the closure
class N:
    def __del__(self):
        print("captured object freed")
def make():
    n = N()
    return lambda: n
f = make()
g = f
print("closure alive")
del f
print("one name left")
g = None
print("end")
