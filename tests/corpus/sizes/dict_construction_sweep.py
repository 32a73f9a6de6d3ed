# dict sizes for n str keys built incrementally, by comprehension, dict(zip), fromkeys and a copy
import sys
for n in (0, 1, 2, 5, 6, 8, 10, 11, 16, 21, 22, 32, 43, 44, 64, 100):
    keys = ["k%d" % i for i in range(n)]
    inc = {}
    for k in keys:
        inc[k] = 0
    comp = {k: 0 for k in keys}
    zipped = dict(zip(keys, [0] * n))
    fk = dict.fromkeys(keys, 0)
    print(n, sys.getsizeof(inc), sys.getsizeof(comp), sys.getsizeof(zipped), sys.getsizeof(fk), sys.getsizeof(inc.copy()))
