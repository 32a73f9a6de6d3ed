# collect() return values for several cycle sizes created together
import gc
gc.collect()
for k in (1, 2, 5, 17):
    nodes = [[] for _ in range(k)]
    for i in range(k):
        nodes[i].append(nodes[(i + 1) % k])
    del nodes
    print(k, gc.collect())
