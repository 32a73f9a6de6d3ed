# SyntaxError: unterminated string literal
print("start")
s = "hello
print(s)
