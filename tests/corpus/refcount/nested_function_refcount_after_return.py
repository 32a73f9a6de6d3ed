# a nested function returned from its maker keeps the enclosing value alive via its cell
import sys
class N:
    def __del__(self):
        print("N freed")
def make():
    n = N()
    def show():
        return sys.getrefcount(n)
    return show
s = make()
print(s())
print("dropping function")
del s
print("end")
