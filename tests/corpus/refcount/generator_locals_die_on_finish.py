# a generator's locals die when it finishes, before the consumer sees StopIteration
class N:
    def __del__(self):
        print("local of generator freed")
def gen():
    n = N()
    yield 1
    print("generator about to finish")
it = gen()
print(next(it))
print(next(it, "exhausted"))
print("after")
