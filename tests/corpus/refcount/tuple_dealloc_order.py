# freeing a tuple releases items from the last to the first
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
t = (N(1), N(2), N(3))
del t
print("---")
t = tuple(N(i) for i in range(4, 7))
t = ()
print("end")
