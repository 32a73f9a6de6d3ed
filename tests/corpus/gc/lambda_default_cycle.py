# a list holding a lambda whose default argument is the list
import gc
gc.collect()
box = []
box.append(lambda b=box: len(b))
print(box[0]())
del box
print(gc.collect())
