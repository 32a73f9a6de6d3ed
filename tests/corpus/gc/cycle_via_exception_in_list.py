# storing caught exceptions (with tracebacks and frames) in a list kept by one of the frames
import gc
gc.collect()
class Marker:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("marker", self.n, "freed")
def risky(n, errors):
    m = Marker(n)
    try:
        raise ValueError(n)
    except ValueError as e:
        errors.append(e)
def run():
    errors = []
    for i in range(3):
        risky(i, errors)
    return len(errors)
print(run())
print("collect", gc.collect())
