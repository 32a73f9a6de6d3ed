# TypeError: 'int' object is not iterable inside a nested comprehension
rows = [[1, 2], 3, [4]]
flat = [x for row in rows for x in row]
