f = lambda a, /, b=1, *c, d, e=2, **g: (a, b, c, d, e, g)
