# SyntaxError: unmatched ')' and '(' was never closed
values = [1, 2, 3]
print(len(values)))
