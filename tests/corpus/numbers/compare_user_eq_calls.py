# Container comparisons call the items' __eq__ (identity short-cuts it) and then the ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n == other.n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __repr__(self):
        return "V(%d)" % self.n
a, b, c = V(1), V(2), V(1)
print([a, b] == [a, b])
print([a, b] == [c, b])
print([a, b] < [c, V(3)])
print((a, b) <= (c, b))
print((a,) == (b,))
print([a] != [c])
print({1: a} == {1: c})
print(a in [b, c])
print([a, b] > [a])
