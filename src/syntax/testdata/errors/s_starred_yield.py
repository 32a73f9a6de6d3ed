def f():
    yield *a, b
    yield *a
