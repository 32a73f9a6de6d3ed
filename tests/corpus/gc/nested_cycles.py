# two cycles linked by a single reference; then one cycle kept alive by a global
import gc
gc.collect()
class N:
    pass
def ring(k):
    nodes = [N() for _ in range(k)]
    for i in range(k):
        nodes[i].nxt = nodes[(i + 1) % k]
    return nodes[0]
r1 = ring(3)
r2 = ring(4)
r1.link = r2
del r1, r2
print(gc.collect())
r1 = ring(3)
r2 = ring(4)
r1.link = r2
del r1
print(gc.collect())
del r2
print(gc.collect())
