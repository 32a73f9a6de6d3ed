# an uncaught exception with several args and with no args
class Multi(Exception):
    pass
try:
    raise Multi("a", 2, [3])
except Multi as e:
    print(str(e), repr(e), e.args)
raise Multi()
