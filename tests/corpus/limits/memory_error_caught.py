# MemoryError can be caught and the program goes on normally
try:
    big = [None] * (10 ** 10)
except MemoryError as e:
    print("MemoryError caught", repr(e))
try:
    s = "x" * (10 ** 12)
except MemoryError:
    print("string too big")
try:
    b = bytearray(10 ** 12)
except MemoryError:
    print("bytearray too big")
small = [0] * 10
print(len(small))
