import sys
t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.count(1), t.count(9))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[1] = 5
except TypeError as e:
    print(e)
try:
    del t[1]
except TypeError as e:
    print(e)
try:
    t['a']
except TypeError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
print(sys.getsizeof(()), sys.getsizeof(t), sys.getsizeof(tuple(range(10))))
print(t[::-1], t[1:-1], t + (4,), t * 2)
try:
    t + [1]
except TypeError as e:
    print(e)
