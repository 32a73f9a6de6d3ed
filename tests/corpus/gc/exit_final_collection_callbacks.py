# gc.callbacks still registered at exit see the collection(s) that interpreter shutdown runs
import gc
gc.collect()
def cb(phase, info):
    print(phase, "generation", info["generation"], "collected", info["collected"])
gc.callbacks.append(cb)
class N:
    pass
a = N()
a.me = a
print("end of program")
