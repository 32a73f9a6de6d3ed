# __reduce_ex__ / __reduce__ overrides drive copy and deepcopy
import copy
class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print("__reduce__ called")
        return (R, (self.v * 10,))
r = R(1)
c = copy.copy(r)
d = copy.deepcopy(r)
print(c.v, d.v)
class S:
    def __reduce_ex__(self, proto):
        print("__reduce_ex__", proto)
        return (S, ())
copy.copy(S())
