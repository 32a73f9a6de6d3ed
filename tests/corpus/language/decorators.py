# function decorators, decorators with arguments, functools.wraps and stacking order
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        r = fn(*a, **k)
        print("ret", r)
        return r
    return wrapper
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
def add(a, b=1):
    return a + b
add(2, b=3)
print(add.__name__, add.__wrapped__.__name__)
@repeat(3)
def hi(n):
    return "hi" * n
print(hi(2))
def tag(t):
    def deco(fn):
        print("decorating with", t)
        return lambda: f"<{t}>{fn()}</{t}>"
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
