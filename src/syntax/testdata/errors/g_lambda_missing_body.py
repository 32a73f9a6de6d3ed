f = lambda:
