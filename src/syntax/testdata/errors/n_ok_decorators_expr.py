@x[0].y(1)(2)
def f(): pass
