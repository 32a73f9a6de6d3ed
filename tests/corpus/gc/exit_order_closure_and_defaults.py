# objects kept by closures, default arguments and lambdas at exit
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make():
    held = N("in cell")
    return lambda: held
f = make()
def g(d=N("default")):
    return d
h = lambda x=N("lambda default"): x
plain = N("plain")
print("end")
