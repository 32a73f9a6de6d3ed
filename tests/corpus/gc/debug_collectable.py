# DEBUG_COLLECTABLE reports each collectable object on stderr
import gc
gc.collect()
class Node:
    pass
a = Node()
a.me = a
del a
gc.set_debug(gc.DEBUG_COLLECTABLE)
print(gc.collect())
gc.set_debug(0)
l = [1]
l.append(l)
del l
print(gc.collect())
