# del of several locals, rebinding and returning, all inside a function
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def main():
    a = N("a")
    b = N("b")
    c = N("c")
    del c, a
    print("deleted c and a")
    b = N("b2")
    print("rebound b")
    return None
main()
print("after main")
