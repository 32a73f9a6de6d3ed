def f():
    yield
    x = yield 1
