# popping items in a while loop: each popped item is held only by the loop variable
import sys
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
stack = [N(1), N(2), N(3)]
while stack:
    item = stack.pop()
    print("got", item.n, sys.getrefcount(item))
print("loop done")
del item
print("end")
