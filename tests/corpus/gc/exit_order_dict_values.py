# a global dict of finalisable values at exit, plus a global list of them
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
table = {k: N("dict " + k) for k in "cab"}
order = [N("list %d" % i) for i in range(3)]
print("end")
