# the seed's deep_getsizeof on several structures, including shared and self-referencing ones
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
        size += sum(deep_getsizeof(k, seen) + deep_getsizeof(v, seen)
                    for k, v in obj.items())
    elif isinstance(obj, (list, tuple, set, frozenset)):
        size += sum(deep_getsizeof(i, seen) for i in obj)
    return size
shared = list(range(10))
print(deep_getsizeof([shared, shared]), deep_getsizeof([shared, list(range(10))]))
me = []
me.append(me)
print(deep_getsizeof(me), deep_getsizeof({"a": "b" * 100, "c": (1, 2.5, None)}))
print(deep_getsizeof({frozenset({1, 2}): [set("ab")]}))
