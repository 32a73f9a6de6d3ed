# dict sizes from literals, dict(), comprehensions, copies and after deletions
import sys
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({"a": 1, "b": 2, "c": 3}))
print(sys.getsizeof(dict(a=1)), sys.getsizeof({1: 1}), sys.getsizeof({(1, 2): 0}))
d = {str(i): i for i in range(10)}
print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
for k in list(d)[:8]:
    del d[k]
print(len(d), sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
print(sys.getsizeof(dict.fromkeys(range(100))), sys.getsizeof({i: i for i in range(100)}))
