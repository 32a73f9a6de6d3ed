def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = [10, 20, 30]
t(lambda: l[5])
t(lambda: l[-4])
t(lambda: l['a'])
t(lambda: l[1.5])
t(lambda: l[2 ** 100])
t(lambda: l[::0])
t(lambda: l['a':])
t(lambda: l[True])
class I:
    def __index__(self):
        return 1
t(lambda: l[I()])
t(lambda: l[I():])
def setit(i, v):
    l[i] = v
t(lambda: setit(5, 1))
def delit(i):
    del l[i]
t(lambda: delit(5))
def setslice(s, v):
    l[s] = v
t(lambda: setslice(slice(0, 3, 2), [1]))
t(lambda: setslice(slice(0, 3), 1))
t(lambda: setslice(slice(0, 3, 2), 1))
print(l)
