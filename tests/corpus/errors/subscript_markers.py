# markers under a nested subscript that fails
matrix = [[1, 2], [3, 4]]
row = 1
print(matrix[row][5])
