if x:
    pass
