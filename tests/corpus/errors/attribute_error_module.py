# AttributeError on a module, with suggestion
import math
print(math.pi)
print(math.sqr(4))
