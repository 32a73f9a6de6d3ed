# bool is an int subclass: arithmetic gives ints, & | ^ between bools stay bools
t, f = True, False
print(t + t, t - f, t * 3, t / 2, t // 2, t % 2, t ** 3, -t, +t, ~t, ~f)
print(t & t, t & f, t | f, f | f, t ^ t, t ^ f, type(t & t).__name__, type(t & 1).__name__)
print(t == 1, f == 0, t == 1.0, t is True, 1 is not True, t > f, t + 0.5, complex(t, t))
print(sum([True, True, False]), hash(True), hash(False), int(True), float(False))
print(f"{True} {True:d} {True:>5} {False:.1f} {True!r:>6}")
print(format(True, ""), format(True, "d"), format(False, "05"), repr(True), str(False))
d = {1: "one", True: "true", 1.0: "float"}
print(d, len(d))
