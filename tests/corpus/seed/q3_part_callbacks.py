# seed Q3 section: gc.callbacks printing start/done, followed by an explicit collection
import gc

# Callbacks при сборке
def callback(phase, info):
    if phase == 'start':
        print(f"GC starting: gen {info['generation']}")
    else:
        print(f"GC done: collected {info['collected']}")

gc.callbacks.append(callback)

l = []
l.append(l)
del l
gc.collect()
