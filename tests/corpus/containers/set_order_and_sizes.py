import sys
s = set()
print(sys.getsizeof(s))
for i in range(0, 40, 3):
    s.add(i)
    print(len(s), sys.getsizeof(s))
print(s)
print({'apple', 'banana', 'cherry', 'date'})
print(set('hello world'))
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set([1, 2, 3, 4, 5])), sys.getsizeof(set(range(10))))
t = {1, 2, 3, 4, 5}
print(sys.getsizeof(t.copy()), sys.getsizeof(set(t)), sys.getsizeof(frozenset(t)), sys.getsizeof(t - {1}))
print({100, 5, 37, 64, 1000, 2}, {-1, -2, 8, 16, 7})
