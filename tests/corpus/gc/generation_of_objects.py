# which generation each object is in, as collections of each generation run
import gc
def gen_of(o):
    for g in range(3):
        if any(x is o for x in gc.get_objects(g)):
            return g
    return None
gc.collect()
a = []
b = {"k": []}
c = (a,)
n = 5
print(gen_of(a), gen_of(b), gen_of(c), gen_of(n))
gc.collect(0)
d = [a]
print(gen_of(a), gen_of(b), gen_of(c), gen_of(d))
gc.collect(1)
print(gen_of(a), gen_of(b), gen_of(c), gen_of(d))
gc.collect(0)
print(gen_of(a), gen_of(d))
gc.collect()
print(gen_of(a), gen_of(b), gen_of(c), gen_of(d))
