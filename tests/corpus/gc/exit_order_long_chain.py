# a 5-element linked chain alive at exit: finalisation order along the chain
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        print("del", self.i)
head = None
for i in range(5):
    head = Node(i, head)
print("end")
