# format() through __format__, sorted() builds its list like list(), and which str results are new objects
class M:
    def __format__(self, spec):
        return "M<" + spec + ">"
m = M()
print(format(m), format(m, "x"), f"{m:y}", "{:z}".format(m), "{0!s:>5}".format(1))
class N:
    pass
try:
    format(N(), "d")
except TypeError as e:
    print(e)
print(format(N())[:10])
print(sorted([3, 1, 2]), sorted("bca"), sorted({1: 2, 0: 1}))
import sys
print(sys.getsizeof(sorted(range(10))), sys.getsizeof(list(range(10))), sys.getsizeof(sorted([5, 4, 3])), sys.getsizeof(sorted(x for x in range(10))), sys.getsizeof(list(x for x in range(10))))
l = [1, 2, 3]
while l:
    l.pop()
print(sys.getsizeof(l), sys.getsizeof([]))
print(str(1) is str(1), str(-1) is str(-1), repr(7) is repr(7), f"{5}" is f"{5}", format(5) is format(5), "%d" % 5 is "%d" % 5, str(True) is str(True))
