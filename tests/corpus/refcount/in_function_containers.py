# container operations on locals: append, dict values, set members, tuple packing
import sys
def main():
    x = []
    holder = [x, x]
    d = {"k": x}
    t = (x,)
    print(sys.getrefcount(x))
    holder.pop()
    del d["k"]
    print(sys.getrefcount(x))
    t = None
    print(sys.getrefcount(x))
main()
