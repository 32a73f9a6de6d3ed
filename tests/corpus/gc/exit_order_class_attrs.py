# objects held by class attributes and by instances at exit
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Registry:
    items = [N("class list 0"), N("class list 1")]
    single = N("class attr")
inst = Registry()
inst.own = N("instance attr")
top = N("top")
print("end")
