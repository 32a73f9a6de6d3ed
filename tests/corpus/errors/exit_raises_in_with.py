# an exception from __exit__ replaces the body's exception and chains to it
class Res:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("cleanup failed")
with Res():
    raise ValueError("body failed")
