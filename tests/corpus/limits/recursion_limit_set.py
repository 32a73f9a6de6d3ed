# sys.setrecursionlimit changes where RecursionError happens
import sys
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(50)
a = depth()
sys.setrecursionlimit(200)
b = depth()
print(b - a)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
