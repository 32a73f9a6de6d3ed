# __del__ output order for plain global instances still alive at interpreter exit
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
alpha = N("alpha")
beta = N("beta")
items = [N("item0"), N("item1"), N("item2")]
table = {"k": N("dict value")}
delta = N("delta")
print("end of program")
