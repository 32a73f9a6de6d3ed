# deepcopy of a dict whose keys are instances copies the keys too
import copy
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"K({self.n})"
k = K(1)
d = {k: [k]}
dd = copy.deepcopy(d)
(nk, nv), = dd.items()
print(nk, nk is k, nv[0] is nk, len(dd))
