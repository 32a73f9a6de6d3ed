__debug__ = 1
x = (1 2)
