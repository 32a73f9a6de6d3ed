# untracked objects (atomic tuples after a pass, dicts of atoms) are in no generation list
import gc
def gen_of(o):
    for g in range(3):
        if any(x is o for x in gc.get_objects(g)):
            return g
    return None
gc.collect()
t = tuple([1, 2])
d = {"a": 1}
l = [1]
print(gen_of(t), gen_of(d), gen_of(l), gc.is_tracked(t), gc.is_tracked(d))
gc.collect(0)
print(gen_of(t), gen_of(d), gen_of(l), gc.is_tracked(t))
d["x"] = []
print(gen_of(d), gc.is_tracked(d))
