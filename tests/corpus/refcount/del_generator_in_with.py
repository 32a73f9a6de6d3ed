# a suspended generator inside a with block: dropping it runs __exit__ with GeneratorExit
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return False
def gen():
    with CM():
        yield 1
        yield 2
g = gen()
print(next(g))
g = None
print("dropped")
