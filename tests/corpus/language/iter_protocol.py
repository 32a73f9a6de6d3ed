# custom iterators with __iter__/__next__, iter() with a sentinel, StopIteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
for x in c:
    print("x", x)
print(list(c))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
print(iter(it) is it, list(zip(Countdown(3), "abc")))
