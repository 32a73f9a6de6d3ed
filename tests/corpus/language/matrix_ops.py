# lists of lists: transpose, multiply, identity and pretty printing
def transpose(m):
    return [list(r) for r in zip(*m)]
def matmul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(transpose(a))
print(matmul(a, b))
print(matmul(identity(2), matmul(a, b)) == matmul(a, b))
for row in matmul(b, a):
    print(" ".join(f"{v:4d}" for v in row))
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
