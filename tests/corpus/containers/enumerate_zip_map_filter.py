print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], start=5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, '', 'a', None])))
print(list(filter(lambda x: x % 2, range(10))))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [2, 3], strict=True)))
t(lambda: list(zip([1], [2], [3, 4], strict=True)))
t(lambda: enumerate())
t(lambda: map(len))
t(lambda: filter(None))
t(lambda: enumerate([], 'a'))
e = enumerate('xy')
print(next(e), next(e), type(e).__name__)
