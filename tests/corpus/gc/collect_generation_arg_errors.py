# gc.collect rejects invalid generations
import gc
for g in (0, 1, 2):
    print(g, type(gc.collect(g)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
