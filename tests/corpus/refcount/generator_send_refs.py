# values sent into a generator are held by the generator's local until replaced
import sys
def echo():
    got = None
    while True:
        got = yield got
x = [1]
g = echo()
next(g)
g.send(x)
print(sys.getrefcount(x))
g.send(None)
print(sys.getrefcount(x))
g.close()
print(sys.getrefcount(x))
