# an exception raised in __del__ is reported as "Exception ignored in" and the program continues
class Bad:
    def __del__(self):
        print("in __del__")
        1 / 0
b = Bad()
del b
print("continues after __del__ error")
