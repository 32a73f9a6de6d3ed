class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), [x * 2 for x in Countdown(2)])
class GetItem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(GetItem()), 4 in GetItem())
def gen():
    yield 1
    yield 2
    return 'done'
print(list(gen()), tuple(gen()), set(gen()), dict(zip(gen(), gen())))
counter = iter([5, 6, 0, 7]).__next__
print(list(iter(counter, 0)))
