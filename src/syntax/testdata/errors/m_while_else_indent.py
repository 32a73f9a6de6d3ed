while x:
else:
    pass
