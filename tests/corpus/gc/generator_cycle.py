# a generator whose frame refers to the generator itself is collected
import gc
gc.collect()
def gen():
    me = yield
    while True:
        yield me
g = gen()
next(g)
g.send(g)
del g
print(gc.collect())
