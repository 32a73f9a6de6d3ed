# Errors of super() and its two-argument form.
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f / " + super().f()


def outside(self):
    return super()


for make in (lambda: super(), lambda: super(1), lambda: super(B, 1), lambda: outside(B())):
    try:
        make()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)

s = super(B, B())
print(s.f())
try:
    s.missing
except AttributeError as e:
    print("AttributeError", e)
print(super(B, B()).__thisclass__.__name__, super(B, B()).__self_class__.__name__)
u = super(B)
print(u.__self__, u.__self_class__)
