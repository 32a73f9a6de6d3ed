# generators: yield, send, return values, yield from, generator expressions
def count_up(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            print("got", got)
        i += 1
    return "finished"
g = count_up(3)
print(next(g), g.send("hi"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def chain(*its):
    for it in its:
        r = yield from it
    return r
print(list(chain([1, 2], "ab", range(2))))
sq = (x * x for x in range(5))
print(sum(sq), sum(sq))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
