# a small graph stored as dicts of sets of node objects: cycles through dicts and sets
import gc
gc.collect()
class V:
    def __init__(self, name):
        self.name = name
        self.edges = set()
graph = {n: V(n) for n in "abcd"}
for a, b in ["ab", "bc", "ca", "cd"]:
    graph[a].edges.add(graph[b])
    graph[b].edges.add(graph[a])
print(sorted(len(v.edges) for v in graph.values()))
del graph
print(gc.collect())
