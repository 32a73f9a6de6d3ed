s = {frozenset({1, 2}), 3}
print({1, 2} in s, s.__contains__({2, 1}), {9} in s)
s.discard({1, 2})
print(s)
try:
    s.remove({5})
except KeyError as e:
    print("KeyError", e)
try:
    s.remove([5])
except TypeError as e:
    print(e)
s.add(frozenset([7]))
s.remove({7})
print(s)
