f(lambda x=1: x, y=2)
