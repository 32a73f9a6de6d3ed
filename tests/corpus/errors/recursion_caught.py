# RecursionError caught: the message and that the program goes on
import sys
def down(n):
    return down(n + 1) + 1
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0))
