import _collections_abc as c
print(c.Sequence, isinstance([], c.Sequence), isinstance({}, c.Mapping), isinstance(3, c.Hashable), isinstance([], c.Hashable))
print(isinstance(iter([]), c.Iterator), issubclass(dict, c.MutableMapping), isinstance((x for x in []), c.Generator))
from collections.abc import Iterable, Callable
print(isinstance("abc", Iterable), isinstance(len, Callable), Callable[[int], str])
class MySeq(c.Sequence):
    def __init__(self, *a): self.a = a
    def __len__(self): return len(self.a)
    def __getitem__(self, i): return self.a[i]
s = MySeq(1,2,3)
print(list(s), 2 in s, s.index(3), list(reversed(s)), s.count(1))
try: c.Sequence()
except TypeError as e: print(e)
