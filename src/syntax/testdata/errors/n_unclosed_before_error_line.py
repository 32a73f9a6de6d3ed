foo(
if x:
    pass
