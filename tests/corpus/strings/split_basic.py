# str.split and str.rsplit: separators, maxsplit, whitespace runs, and the list sizes
# (the split functions preallocate up to 12 slots).
import sys

samples = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",", "x\ty\nz\x0bw\x1cv"]
for s in samples:
    print(repr(s), s.split(), s.split(","), s.rsplit(None, 1), s.split(maxsplit=1))

print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("aaa".split("a"), "aaa".rsplit("aa"))
print("1 2 3".split(None, 0), "1 2 3".rsplit(None, 0), " 1 2 3 ".split(None, 0))
print("a b".split(sep=None, maxsplit=-5), "a,b".split(sep=","))

words = " ".join(str(i) for i in range(20))
parts = words.split()
print(len(parts), sys.getsizeof(parts))
for n in (1, 2, 11, 12, 13, 14, 25):
    print(n, sys.getsizeof(" ".join("x" * n).split()), sys.getsizeof(",".join("y" * n).split(",")))
print(sys.getsizeof("".split()), sys.getsizeof("abc".split()), sys.getsizeof("a b".split(maxsplit=1)))
print(sys.getsizeof("a b c".rsplit()), sys.getsizeof("a b c".split(None, 20)))
