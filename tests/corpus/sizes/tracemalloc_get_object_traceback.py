# tracemalloc.get_object_traceback: a bytearray has one; an instance (3.11 pre-header) and a free-list list report None
import tracemalloc
class Thing:
    pass
tracemalloc.start()
data = bytearray(1000)
obj = Thing()
recycled = [1, 2, 3]
tb = tracemalloc.get_object_traceback(data)
print(tb[0].filename.endswith("tracemalloc_get_object_traceback.py"), tb[0].lineno)
print(tracemalloc.get_object_traceback(obj))
print(tracemalloc.get_object_traceback(recycled))
tracemalloc.stop()
print(tracemalloc.get_object_traceback(obj))
