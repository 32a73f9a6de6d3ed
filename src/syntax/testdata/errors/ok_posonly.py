def f(a, /, b, *, c): pass
def g(a, /): pass
