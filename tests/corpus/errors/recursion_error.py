# unbounded recursion ends in RecursionError with a collapsed, repeated traceback
def forever(n):
    return forever(n + 1)
print("start")
forever(0)
