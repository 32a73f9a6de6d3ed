# lambda, map, filter, functools.reduce, partial, any/all
import functools
sq = lambda x: x * x
print(sq(7), (lambda a, b=2: a ** b)(3), (lambda *a: a)(1, 2))
print(list(map(sq, range(5))), list(filter(lambda x: x % 2, range(10))))
print(functools.reduce(lambda a, b: a * b, range(1, 7)), functools.reduce(lambda a, b: a + b, [], 0))
p = functools.partial(int, base=2)
print(p("1011"), p("111"))
print(any([]), all([]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12) + "!")
