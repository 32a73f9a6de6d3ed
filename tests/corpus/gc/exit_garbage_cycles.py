# unreachable cycles never collected during the run are finalised at exit
import gc
gc.disable()
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = N("x")
x.me = x
del x
y = N("y")
print("end")
