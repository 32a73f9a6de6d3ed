try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    g()
finally:
    h()
try:
    a()
finally:
    b()
with open(x) as fh, g():
    pass
def f():
    for i in x:
        try:
            return 1
        finally:
            print(i)
    with a:
        return b()
    while x:
        try:
            break
        finally:
            g()
    try:
        pass
    except E as e:
        return e
raise ValueError("x") from None
