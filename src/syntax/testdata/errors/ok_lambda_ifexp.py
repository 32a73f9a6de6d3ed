f = lambda x: a if x else b
g = lambda x=lambda: 1: x
