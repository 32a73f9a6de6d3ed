# Decorators made of plain closures (no functools), stacked and with arguments.
def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result

    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]

        return wrapper

    return decorate


@trace
def add(a, b=1):
    return a + b


@repeat(3)
@trace
def double(x):
    return x * 2


print(add(2, b=5))
print(double(4))
print(add.__name__, add.__qualname__, double.__name__)
print(add.__closure__[0].cell_contents.__name__)


class Registry:
    def __init__(self):
        self.funcs = {}

    def register(self, func):
        self.funcs[func.__name__] = func
        return func


reg = Registry()


@reg.register
def alpha():
    return "a"


print(sorted(reg.funcs), reg.funcs["alpha"]())
