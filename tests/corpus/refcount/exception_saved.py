# saving the exception object keeps its traceback, frames and locals alive
import sys
class Tracked:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed", self.n)
def fail(n):
    t = Tracked(n)
    1 / 0
saved = None
try:
    fail(1)
except ZeroDivisionError as e:
    saved = e
print("saved", type(saved).__name__)
try:
    fail(2)
except ZeroDivisionError:
    pass
print("not saved done")
saved = None
print("end")
