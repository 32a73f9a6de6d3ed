# an uncaught exception, then a __del__ that raises during shutdown: both reports on stderr
class N:
    def __del__(self):
        raise ValueError("from __del__")
keep = N()
raise RuntimeError("main failed")
