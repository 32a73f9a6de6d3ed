# a loop variable keeps the previous item until rebound; items of a temporary list die with it
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for x in [N(1), N(2), N(3)]:
    print("body", x.n)
print("after loop")
x = None
print("end")
