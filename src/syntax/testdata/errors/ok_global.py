def f():
    global g
    g = 1
