# SyntaxError: invalid character (curly quotes pasted from a document)
print(“hello”)
