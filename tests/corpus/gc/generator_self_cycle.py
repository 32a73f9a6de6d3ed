# a suspended generator that holds itself: the collector closes it (finally runs) and frees it
import gc
gc.collect()
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("finally ran, box len", len(box))
box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print("collect", gc.collect())
