# unbounded recursion without a base case: RecursionError, traceback collapsed
def walk(node):
    return walk(node)
walk(None)
