# a traceback passing through a decorator's wrapper function
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def divide(a, b):
    return a / b
print(divide(6, 3))
print(divide(1, 0))
