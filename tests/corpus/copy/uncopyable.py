# objects that cannot be copied raise errors with CPython's messages
import copy
def gen():
    yield 1
for obj in [gen(), iter([1]), (x for x in [])]:
    try:
        copy.deepcopy(obj)
        print(type(obj).__name__, "copied")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
import threading
try:
    copy.deepcopy(threading.Lock())
except TypeError as e:
    print("TypeError:", e)
