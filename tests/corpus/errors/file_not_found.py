import os
try:
    open("heapscope_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print(os.path.exists("heapscope_missing_file.txt"))
with open("heapscope_missing_file.txt") as f:
    print(f.read())
