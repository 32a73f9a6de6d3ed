# A huge repetition raises MemoryError before allocating.
s = "".join(["ab", "cd"])
try:
    big = s * (10**10)
except MemoryError:
    print("MemoryError caught")
print(len(s * 1000))
t = "x" * (2**40)
print("not reached")
