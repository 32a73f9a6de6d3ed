# SyntaxError: unterminated triple-quoted string literal
print('start')
text = """this never
ends
