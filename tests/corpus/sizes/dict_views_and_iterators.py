# sizes of views, iterators and small helper objects
import sys
d = {"a": 1}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter(d)), sys.getsizeof(iter("s")))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(len, [])), sys.getsizeof(reversed([])))
def g():
    yield
print(sys.getsizeof(g()) > 0, sys.getsizeof(range(5).__iter__()))
