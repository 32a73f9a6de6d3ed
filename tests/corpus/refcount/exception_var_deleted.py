# `except E as e` deletes e at the end of the block
import sys
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.getrefcount(e))
    x = e
try:
    print(e)
except NameError as err:
    print("NameError:", err)
print(type(x).__name__, sys.getrefcount(x))
