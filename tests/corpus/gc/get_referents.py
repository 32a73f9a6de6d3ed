# gc.get_referents of containers lists what they point to
import gc
a = [1, "x", [2]]
print(gc.get_referents(a))
d = {"k": [1], 2: "v"}
print(sorted(map(repr, gc.get_referents(d))))
t = ([1], 2)
print(gc.get_referents(t))
s = {1, 2}
print(sorted(gc.get_referents(s)))
print(gc.get_referents(1), gc.get_referents("str"))
print(len(gc.get_referents(a, t)))
