# gen0 count deltas for allocating and freeing different container types
import gc
def delta(make):
    gc.collect()
    before = gc.get_count()[0]
    obj = make()
    mid = gc.get_count()[0]
    del obj
    after = gc.get_count()[0]
    return mid - before, after - before
class K:
    pass
print("instance", delta(K))
print("function", delta(lambda: (lambda: 0)))
print("set", delta(set))
print("frozenset", delta(lambda: frozenset([1])))
print("tuple runtime", delta(lambda: tuple([1, 2])))
print("bytearray", delta(lambda: bytearray(b"x")))
print("str", delta(lambda: "x" * 50))
