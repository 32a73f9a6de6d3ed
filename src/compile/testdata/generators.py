def g1():
    with a() as b:
        yield b
    for x in range(3):
        try:
            yield x
        except GeneratorExit:
            return
    yield

def g2(n):
    total = yield
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

gen = (i * j for i in range(3) for j in range(i) if j)
lam = lambda: (yield)

def g3():
    yield from [1, 2]
    return (yield 5)

class C:
    def method(self):
        def helper():
            return super().method()
        return helper
    def __init__(self):
        self.__x = [__y for __y in self.__z]
