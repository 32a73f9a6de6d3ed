for x
    pass
