def g():
    yield
    yield 1, 2
    x = yield from g()
    y = (yield)
    await_ = yield 1
