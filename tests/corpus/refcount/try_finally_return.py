# a value returned through finally; finally runs before the caller sees the value
import sys
class N:
    def __del__(self):
        print("N freed")
def f():
    n = N()
    try:
        return [n]
    finally:
        print("finally; refs", sys.getrefcount(n))
r = f()
print("got", len(r))
del r
print("end")
