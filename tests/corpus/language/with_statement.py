# context managers: __enter__/__exit__, suppressing exceptions, contextlib.contextmanager
import contextlib
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v, CM("b") as w:
    print("body", v, w)
with CM("quiet", suppress=True):
    raise RuntimeError("swallowed")
print("after suppress")
@contextlib.contextmanager
def managed(tag):
    print("setup", tag)
    try:
        yield tag * 2
    finally:
        print("teardown", tag)
with managed("x") as val:
    print("using", val)
try:
    with managed("y"):
        raise KeyError("inside")
except KeyError as e:
    print("caught", e)
