# modules are cached in sys.modules: importing twice gives the same object
import sys
import math
import math as m2
from math import sqrt
print(math is m2, math is sys.modules["math"], sqrt is math.sqrt, math.pi is m2.pi)
import importlib
print(importlib.import_module("math") is math)
