def f():
    return [await x for y in z]
