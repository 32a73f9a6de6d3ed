import sys
for n in range(12):
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof(list(x for x in range(n))))
print(sys.getsizeof(list('abc')), sys.getsizeof(list((1, 2, 3))), sys.getsizeof(list([1, 2, 3])))
print(sys.getsizeof(list(iter([1, 2, 3]))), sys.getsizeof(list(map(lambda x: x, [1, 2, 3]))))
print(sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list({1, 2, 3})))
