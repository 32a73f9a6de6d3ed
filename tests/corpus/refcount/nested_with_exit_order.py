# nested and multiple with-items exit in reverse order; their objects die afterwards
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, *a):
        print("exit", self.n)
    def __del__(self):
        print("del", self.n)
with CM(1), CM(2):
    with CM(3):
        print("body")
print("after")
