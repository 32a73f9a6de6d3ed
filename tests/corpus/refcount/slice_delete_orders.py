# item release order for del lst[:], lst[:] = [], lst.clear() and rebinding
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
lst = [N(1), N(2), N(3)]
del lst[:]
print("--- del lst[:]")
lst = [N(4), N(5), N(6)]
lst[:] = []
print("--- lst[:] = []")
lst = [N(7), N(8), N(9)]
lst[1:] = [N(10)]
print("--- lst[1:] = [N(10)]")
lst = []
print("--- rebind")
s = {N(11)}
s.clear()
print("end")
