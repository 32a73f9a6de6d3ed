# refcount of the exception instance handed to __exit__
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exception refs", sys.getrefcount(ev), "type", et.__name__)
        return True
err = KeyError("k")
with CM():
    raise err
print(sys.getrefcount(err))
with CM():
    raise ValueError("fresh")
