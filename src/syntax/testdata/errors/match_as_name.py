match = 1
match(2)
print(match)
