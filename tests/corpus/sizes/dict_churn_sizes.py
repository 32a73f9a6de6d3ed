# dict sizes under churn: delete-then-insert cycles reuse or grow the table
import sys
d = {str(i): i for i in range(5)}
print(sys.getsizeof(d))
for k in range(30):
    d["x" + str(k)] = k
    del d["x" + str(k)]
    print(sys.getsizeof(d), end=" ")
print()
e = {}
for i in range(6):
    e[i] = i
for i in range(5):
    del e[i]
print(sys.getsizeof(e))
e[100] = 1
print(sys.getsizeof(e), list(e))
p = dict.fromkeys(range(21))
q = {i: None for i in range(21)}
r = dict(zip(range(21), range(21)))
print(sys.getsizeof(p), sys.getsizeof(q), sys.getsizeof(r))
print(sys.getsizeof(p.copy()), sys.getsizeof(dict(q)), sys.getsizeof({**r}))
while p:
    p.popitem()
print(sys.getsizeof(p))
p.clear()
print(sys.getsizeof(p))
s = {"a": 1}
s[1] = 2
print(sys.getsizeof(s))
