x = b'\u1234\N{x}'
print(x)
