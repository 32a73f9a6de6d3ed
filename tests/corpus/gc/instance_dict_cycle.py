# reading __dict__ materialises a dict object: the cycle then has one more object
import gc
gc.collect()
class P:
    pass
p = P()
p.me = p
del p
print(gc.collect())
q = P()
q.me = q
q.__dict__
del q
print(gc.collect())
