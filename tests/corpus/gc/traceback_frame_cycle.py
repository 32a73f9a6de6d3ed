# an exception kept in a local of the frame it was raised in: exception -> traceback -> frame -> exception
import gc
gc.collect()
class Marker:
    def __del__(self):
        print("marker freed")
def keep_error():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return None
keep_error()
print("returned")
print(gc.collect() > 0)
print("done")
