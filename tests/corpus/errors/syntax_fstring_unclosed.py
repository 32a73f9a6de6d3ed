# SyntaxError inside an f-string: expecting '}'
value = 3
print(f"value = {value")
