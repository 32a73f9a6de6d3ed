# Writes sit in the file object's buffer until flush(), close(), or the object's death;
# a file left open is closed (and flushed) when the last reference goes, or by the collector
# when it sits in a reference cycle.
import gc
import os
import sys

name = "heapscope_corpus_buffered.txt"

def contents():
    with open(name) as r:
        return r.read()

w = open(name, "w")
w.write("pending")
print("before flush:", repr(contents()))
w.flush()
print("after flush:", repr(contents()))
w.write(" more")
print("refcount of the file object:", sys.getrefcount(w))
del w
print("after del:", repr(contents()))

w = open(name, "a")
w.write(" x" * 5000)
print("big write visible early:", len(contents()) > 12)
w.close()
print("length after close:", len(contents()))

class Holder:
    pass

h = Holder()
h.self = h
h.file = open(name, "w")
h.file.write("written by a file in a cycle")
del h
print("cycle alive:", repr(contents()))
print("collected:", gc.collect() > 0)
print("after collect:", repr(contents()))

def write_and_forget():
    f = open(name, "w")
    f.write("local file object")
print(write_and_forget(), repr(contents()))

f = open(name)
g = f
print(sys.getrefcount(f), f is g)
f.close()
print(g.closed)
os.remove(name)
