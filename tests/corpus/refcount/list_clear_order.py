# clearing or freeing a list releases its items from the last to the first
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
lst = [N(1), N(2), N(3)]
print("clear")
lst.clear()
print("---")
lst = [N(4), N(5), N(6)]
print("del list")
del lst
print("---")
lst = [N(7), N(8), N(9)]
lst[0:2] = []
print("slice removed")
lst = None
print("end")
