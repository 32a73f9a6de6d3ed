def outer(a, b, c):
    class K(B):
        z = [*c, (b := (y := 1000))]
        def m(self):
            return super().m(f((not (0 for c in 1)), *a, k=x.m((not b), k=f(2, *y, k=None, **c)), **a)) + b
    return a
