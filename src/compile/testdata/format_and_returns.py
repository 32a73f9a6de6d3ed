a = "%+s %05s %#s % s %-05s %99.99s %3.100s" % (x, x, x, x, x, x, x)
b = "%+5s" % (x,)
c = "%05s" % (x,)
d = "%99.99s" % (x,)
e = "%-s" % (x,)
def f():
    "doc"
    g(**k)
    raise X
def h():
    "doc"
    g(**k)
    return 1
def i():
    "doc"
    g(**k)
    if x:
        return 1
    else:
        return 2
