f = (lambda x:
