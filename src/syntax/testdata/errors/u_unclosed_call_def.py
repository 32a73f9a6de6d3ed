print('x'
def f():
    pass
