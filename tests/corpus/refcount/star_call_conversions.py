# f(*list) converts the list to a tuple while the list is still on the stack; f(**d) copies the dict
import sys
x = [0]
def f(*args, **kwargs):
    return sys.getrefcount(x)
print(f(*[x, x]))
print(f(*(x, x)))
t = (x, x)
print(f(*t))
print(f(**{"a": x}))
kw = {"a": x}
print(f(**kw))
print(f(*[x], **{"b": x}))
