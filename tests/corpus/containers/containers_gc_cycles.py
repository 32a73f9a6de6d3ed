import gc
gc.collect()
l = []
l.append(l)
d = {}
d['self'] = d
s = [d, l]
del l, d, s
print(gc.collect())
a = [1]
b = [a]
a.append(b)
del a, b
print(gc.collect())
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked(set()), gc.is_tracked(()))
