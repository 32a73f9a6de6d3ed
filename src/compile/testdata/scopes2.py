def a():
    x = 1
    class B:
        nonlocal x
        x = 2
        def m(self):
            nonlocal x
            x = 3
            return [x for _ in range(2)]
    del x
    return B

class C:
    y = 5
    f = lambda self: y
    g = [i for i in range(y)]
    global gz
    gz = 1
    def m(self):
        return [super().m() for _ in range(2)]

def d(v=lambda: 0, *, w=[1, 2]):
    def inner(q=v):
        return q, w
    return inner

def e(xs):
    for x in xs:
        try:
            pass
        except E:
            break
        else:
            return x
        finally:
            continue
    while a < b < c:
        pass
    x = (yield f"{(yield)}")
    return a[*xs], a[1:2, ::3]

n = [(y := 1) for _ in range(3)]
o = {k: v for k in a for v in b if (t := k)}
