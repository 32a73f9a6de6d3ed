# deepcopy via __reduce_ex__ of a dict subclass with state: items and attributes copied
import copy
class Store(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.meta = {"v": [1]}
s = Store(x=[1])
d = copy.deepcopy(s)
print(type(d).__name__, d, d["x"] is s["x"], d.meta, d.meta is s.meta)
