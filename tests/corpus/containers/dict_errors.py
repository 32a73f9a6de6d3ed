def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {}['missing'])
t(lambda: {}[[]])
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(1))
t(lambda: dict({}, {}))
t(lambda: {}.get())
t(lambda: {}.pop())
t(lambda: {1: 2} | [1])
d = {1: 2}
def delit(k):
    del d[k]
t(lambda: delit(5))
t(lambda: d.__getitem__(1))
