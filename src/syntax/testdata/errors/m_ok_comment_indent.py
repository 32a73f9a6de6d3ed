if x:
# comment
    pass
