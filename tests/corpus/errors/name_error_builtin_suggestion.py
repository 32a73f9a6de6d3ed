# NameError suggesting a builtin for a misspelled builtin name
values = [3, 1, 2]
print(lenn(values))
