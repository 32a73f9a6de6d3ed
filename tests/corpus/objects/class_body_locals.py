# locals(), vars() and dir() inside class bodies name the class namespace.
class A:
    x = 1
    y = x + 1
    names = sorted(locals())
    print(dir())
    print(sorted(vars()))
print(A.names)
def outer():
    v = 5
    class Inner:
        w = v
        print(sorted(locals()))
    return Inner
outer()
