# Benchmark: the cyclic collector -- hundreds of thousands of objects in cycles, then gc.collect().
import gc


class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None


def make_pairs(n):
    for i in range(n):
        a = Node(i)
        b = Node(i)
        a.peer = b
        b.peer = a


def make_rings(rings, size):
    for _ in range(rings):
        first = Node(0)
        cur = first
        for i in range(1, size):
            nxt = Node(i)
            cur.peer = nxt
            cur = nxt
        cur.peer = first


gc.collect()
gc.disable()
make_pairs(500000)
print(gc.collect())
make_rings(3000, 100)
print(gc.collect())
lists = []
for i in range(300000):
    l = [i]
    l.append(l)
del l
print(gc.collect())
gc.enable()
make_pairs(300000)
print(gc.collect() >= 0)
