# exit-time __del__ order when a collection ran halfway through the program
import gc
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
old1 = N("old1")
old2 = N("old2")
gc.collect()
new1 = N("new1")
new2 = N("new2")
print("end of program")
