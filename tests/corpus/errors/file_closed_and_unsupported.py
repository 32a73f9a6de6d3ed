import io
import os

name = "heapscope_corpus_errors.txt"
f = open(name, "w")
f.close()
for action in [lambda: f.write("x"), lambda: f.read(), lambda: f.readline(),
               lambda: next(iter(f)), lambda: f.seek(0), lambda: f.flush()]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)

with open(name) as r:
    try:
        r.write("no")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
with open(name, "w") as w:
    try:
        w.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    try:
        w.write(b"bytes")
    except TypeError as e:
        print("TypeError:", e)
with open(name, "wb") as b:
    try:
        b.write("text")
    except TypeError as e:
        print("TypeError:", e)
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError:", e)
for mode in ["rw", "q", "rbt"]:
    try:
        open(name, mode)
    except ValueError as e:
        print("ValueError:", e)
os.remove(name)
try:
    os.remove(name)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
f = open(name, "w")
f.close()
os.remove(name)
f.write("after close")
