# An uncaught UnicodeDecodeError: the traceback and exit status.
data = bytes([104, 105, 0xFF, 33])
print(data.decode("latin-1"))
text = data.decode("utf-8")
print("not reached", text)
