def gen(n):
    for i in range(n):
        yield i
print(list(gen(3)), tuple(gen(3)), set(gen(3)), frozenset(gen(3)), dict.fromkeys(gen(2)))
print(list('abc'), tuple('abc'), list({'a': 1, 'b': 2}), list({'a': 1}.items()))
print(list(range(3)), tuple(range(3)), set(range(3)), dict(enumerate('ab')))
print(dict(zip('ab', range(2))), dict({'a': 1}, b=2), dict([['x', 1]]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(1))
t(lambda: tuple(1))
t(lambda: set(1))
t(lambda: dict([1, 2]))
t(lambda: list(x=1))
t(lambda: set([[1]]))
