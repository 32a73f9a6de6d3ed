# an exception in __del__ of an object alive until interpreter exit
class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        raise ValueError(f"cannot close {self.name}")
keep = Bad("global")
print("program end")
