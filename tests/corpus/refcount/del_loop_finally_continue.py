# try/finally with continue inside a loop, objects rebound each iteration
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i in range(3):
    obj = N(i)
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
del obj
print("end")
