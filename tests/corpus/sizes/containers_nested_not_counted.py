# getsizeof does not include the items; the seed's deep_getsizeof does
import sys
def deep_getsizeof(obj, seen=None):
    if seen is None:
        seen = set()
    obj_id = id(obj)
    if obj_id in seen:
        return 0
    seen.add(obj_id)
    size = sys.getsizeof(obj)
    if isinstance(obj, dict):
        size += sum(deep_getsizeof(k, seen) + deep_getsizeof(v, seen) for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_getsizeof(i, seen) for i in obj)
    return size
small = [1, 2, 3]
big = [list(range(100)), "x" * 1000]
print(sys.getsizeof(small), deep_getsizeof(small))
print(sys.getsizeof(big), deep_getsizeof(big))
print(deep_getsizeof({"a": [1, 2], "b": (3, 4)}), deep_getsizeof([[]] * 3), deep_getsizeof([[], [], []]))
