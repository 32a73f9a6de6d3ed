# a weakref's hash is the referent's hash, remembered if taken while alive; otherwise TypeError after death
import weakref
class T:
    def __hash__(self):
        return 42
a = T()
b = T()
ra = weakref.ref(a)
rb = weakref.ref(b)
print(hash(ra))
del a, b
print(hash(ra))
try:
    hash(rb)
except TypeError as e:
    print("TypeError:", e)
print(ra == rb, ra == ra)
