# copy and deepcopy return immutable atoms unchanged
import copy
for x in [1, 2 ** 100, 1.5, 1 + 2j, "str", b"bytes", None, True, Ellipsis, NotImplemented, range(3), len, int]:
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x)
def f():
    pass
print("function", copy.copy(f) is f, copy.deepcopy(f) is f)
