# a helper module imported by imported_module_constants.py; run alone it prints its own counts
import sys
CONST = 123456
LST = [1, 2]
def local_const():
    v = 654321
    return sys.getrefcount(v)
if __name__ == "__main__":
    print(sys.getrefcount(CONST), sys.getrefcount(LST), local_const())
