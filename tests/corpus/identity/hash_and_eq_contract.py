# objects that are equal must hash equal; default hash is identity based
class P:
    pass
p = P()
q = P()
print(hash(p) == hash(p), hash(p) == hash(q), p == q)
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
