# saving a caught exception in a local of the same frame creates a frame-traceback cycle
import gc
gc.collect()
class Marker:
    def __del__(self):
        print("Marker freed")
def f():
    m = Marker()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return "returned"
print(f())
print("collect:", gc.collect())
print("end")
