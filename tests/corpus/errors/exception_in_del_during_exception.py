# __del__ raising while another exception propagates: the original is not replaced
class N:
    def __del__(self):
        raise ValueError("ignored")
def f():
    n = N()
    raise KeyError("original")
try:
    f()
except KeyError as e:
    print("caught", repr(e))
