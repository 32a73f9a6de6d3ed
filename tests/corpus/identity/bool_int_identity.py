# True/False are the cached ints 1/0 subclasses, but not the same objects
print(True == 1, True is 1, False == 0, False is 0)
print(int(True) is 1, True + 0 is 1, hash(True) == hash(1))
d = {1: "int"}
d[True] = "bool"
print(d, {True: "a", 1: "b", 1.0: "c"})
