# constants of an imported module: the module's code object is gone after import (count 2, local 3)
import sys
import helper_module
print(sys.getrefcount(helper_module.CONST))
print(sys.getrefcount(helper_module.LST))
print(helper_module.local_const())
mine = 123456
print(sys.getrefcount(mine), mine is helper_module.CONST)
