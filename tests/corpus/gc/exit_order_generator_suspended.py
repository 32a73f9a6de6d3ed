# a suspended generator alive at exit is closed: its finally block runs during shutdown
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
class N:
    def __del__(self):
        print("N.__del__")
g = gen()
next(g)
n = N()
print("end")
