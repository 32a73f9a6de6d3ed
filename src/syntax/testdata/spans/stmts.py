@decorator
@other.decorator(arg)
def f(a, b: int, /, c=1, *args, d, e: str = "x", **kwargs) -> None:
    """doc"""
    return a


def g():
    yield 1
    yield from range(3)
    x = yield
    nonlocal_var = 1


def h(*, a):
    def inner():
        nonlocal a
        a = 2
    return inner


class A(Base, metaclass=Meta):
    x = 1

    def method(self):
        pass


@dataclass
class B:
    pass


class C():
    pass


if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

while x:
    x -= 1
    if x == 5:
        break
    continue
else:
    done = True

for i in range(10):
    print(i)
else:
    print("done")

for a, b in pairs: pass
for (a, b) in pairs: pass
for [a, *b] in pairs: pass

try:
    risky()
except ValueError as e:
    handle(e)
except (TypeError, KeyError):
    pass
except:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

with open(f) as fh, lock:
    pass

with (open(f) as fh, open(g) as gh):
    pass

with (a, b) as c:
    pass

with (a):
    pass

if x: pass
if x: a = 1; b = 2
x = 1;
