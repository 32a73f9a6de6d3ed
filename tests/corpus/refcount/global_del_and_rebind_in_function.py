# a function rebinding a global frees the old object at once
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
cur = N(0)
def advance():
    global cur
    cur = N(cur.n + 1)
    print("advanced to", cur.n)
advance()
advance()
print("end", cur.n)
