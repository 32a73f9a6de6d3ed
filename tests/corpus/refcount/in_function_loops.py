# the for-loop and comprehension refcount situations, measured with fast locals inside a function
import sys
def main():
    b = [1]
    l5 = [b] * 5
    for item in [b]:
        print(sys.getrefcount(b))
    print(sys.getrefcount(b))
    print([sys.getrefcount(x) for x in [b]])
    items = [[7]]
    for item in items:
        pass
    print(sys.getrefcount(items[0]))
    del item
    print(sys.getrefcount(items[0]))
main()
