x = 0
def f():
    def g():
        global x
        x = 1
    g()
