# import X, import X as Y, from X import Y, from X import Y as Z, and module attributes
import math
import collections as col
from functools import reduce
from operator import add as plus, mul
import os.path
print(math.__name__, col.__name__, reduce.__name__, plus(2, 3), mul(4, 5))
print(reduce(plus, [1, 2, 3]), os.path.basename("/a/b/c.txt"), os.path.splitext("x.tar.gz"))
print(type(math).__name__, hasattr(math, "tau"), "sqrt" in dir(math))
