# __matmul__, __getitem__ with tuples, __eq__, __hash__ and __iter__ on a small matrix class
class M:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __matmul__(self, o):
        n, k, m = len(self.rows), len(o.rows), len(o.rows[0])
        return M([[sum(self[i, t] * o[t, j] for t in range(k)) for j in range(m)] for i in range(n)])
    def __eq__(self, o):
        return isinstance(o, M) and self.rows == o.rows
    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))
    def __iter__(self):
        return iter(self.rows)
    def __repr__(self):
        return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
print(a @ a, a[1, 0], list(a), a == M([[1, 2], [3, 4]]), len({a, M([[1, 2], [3, 4]])}))
