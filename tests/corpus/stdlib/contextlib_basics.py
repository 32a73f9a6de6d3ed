import sys
from contextlib import contextmanager, suppress, closing, ExitStack, nullcontext, redirect_stdout
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("h1") as t:
    print("inside", t)
try:
    with tag("p"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError, IndexError):
    {}['x']
print("after suppress")
class Res:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with closing(Res(1)) as r:
    print("using", r.n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    rs = [stack.enter_context(tag(f"t{i}")) for i in range(2)]
    print(rs)
with nullcontext(5) as v:
    print(v)
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
@tag("deco")
def f():
    print("in f")
f()
print(type(tag("x")).__name__)
class Timer:
    def __enter__(self):
        print("start"); return self
    def __exit__(self, et, ev, tb):
        print("stop", et.__name__ if et else None); return True
with Timer():
    1 / 0
print("done")
