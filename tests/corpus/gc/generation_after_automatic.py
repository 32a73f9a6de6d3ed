# objects allocated before an automatic gen0 collection move to generation 1
import gc
def gen_of(o):
    for g in range(3):
        if any(x is o for x in gc.get_objects(g)):
            return g
    return None
gc.collect()
first = []
print(gen_of(first))
gc.set_threshold(20)
junk = [[] for _ in range(30)]
gc.set_threshold(700)
print(gen_of(first), gen_of(junk[0]), gen_of(junk[-1]) in (0, 1))
