# __del__ output interleaves with ordinary output at the exact statement
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  del", self.n)
def use():
    tmp = N("tmp")
    print("in use")
print("1")
N("expr")
print("2")
use()
print("3")
x = [N("in list")]
print("4")
x.pop()
print("5")
print(N("arg").n)
print("6")
