# __del__ can store self in a global; the object survives and __del__ does not run again
import sys
saved = []
class Phoenix:
    def __del__(self):
        print("__del__ called")
        saved.append(self)
p = Phoenix()
del p
print(len(saved), sys.getrefcount(saved[0]))
saved.clear()
print("cleared; no second __del__")
print("end")
