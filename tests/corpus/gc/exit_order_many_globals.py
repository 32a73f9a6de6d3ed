# exit-time __del__ order for globals bound in an order different from creation
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
made = [N("m%d" % i) for i in range(3)]
zeta = made.pop()
alpha = made.pop()
_private = N("_private")
mid = N("mid")
made.append(N("m3"))
print("end")
