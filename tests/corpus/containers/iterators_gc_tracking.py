import gc
print(gc.is_tracked(iter(range(3))), gc.is_tracked(iter(range(2**70))), gc.is_tracked(iter([])), gc.is_tracked(enumerate([])), gc.is_tracked({}.items()))
print(gc.is_tracked(zip()), gc.is_tracked(reversed([])), gc.is_tracked(map(len, [])))
