# __del__ still runs for an object whose __init__ raised
class Fragile:
    def __init__(self, ok):
        print("init", ok)
        if not ok:
            raise ValueError("bad init")
    def __del__(self):
        print("__del__ runs")
a = Fragile(True)
try:
    b = Fragile(False)
except ValueError as e:
    print("caught", e)
print("after")
del a
print("end")
