# bytes and bytearray basics, encoding and decoding
b = b"hello"
print(b[0], b[1:3], b * 2, b + b"!", b.upper(), b.split(b"l"), list(b[:2]))
ba = bytearray(b)
ba[0] = 74
ba.append(33)
ba.extend(b"??")
print(ba, bytes(ba), len(ba), ba.decode())
print("héllo".encode(), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode(), bytes(3), bytes([1, 2, 255]))
print(b.hex(), bytes.fromhex("ff00 7f"), b"abc" < b"abd", b"x" in b"xyz", 120 in b"xyz")
try:
    bb""\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    prin#t(e)
