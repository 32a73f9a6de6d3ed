# getsizeof with a default for objects without size information, and __sizeof__
import sys
class Custom:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Custom()))
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print("ValueError:", e)
print(sys.getsizeof(1, 99), [].__sizeof__(), (1, 2).__sizeof__(), "abc".__sizeof__())
