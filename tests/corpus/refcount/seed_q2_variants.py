# the seed's refcount steps measured inside a function instead of at module level
import sys
def demo():
    x = [1, 2, 3]
    print(sys.getrefcount(x))
    y = x
    print(sys.getrefcount(x))
    del y
    print(sys.getrefcount(x))
    container = [x]
    print(sys.getrefcount(x))
    def process(obj):
        print(sys.getrefcount(obj))
    process(x)
    print(sys.getrefcount(x))
demo()
