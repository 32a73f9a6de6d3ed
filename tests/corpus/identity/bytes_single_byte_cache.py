# bytes identity: one-byte bytes and b'' are shared wherever they are made
data = b"hello, world"
print(data[0:1] is b"h", data[1:2] is bytes([101]), bytes([0]) is bytes(1), b"" is bytes(), data[5:5] is b"")
print([data[i:i + 1] is bytes([data[i]]) for i in range(0, 12, 3)])
print(b"ab"[1:] is b"b", b"ab"[:1] is b"a", b"xy" is b"xy"[:], b"x" * 1 is b"x", b"x" + b"" is b"x")
print(bytes(bytearray(b"q")) is b"q", b"Q".lower() is b"q", b"q".upper() is b"Q", b"abc".split(b"b")[0] is b"a")
print(b"%c" % 65 is b"A", bytes.fromhex("41") is b"A", b"A".join([b""]) is b"", chr(65).encode() is b"A")
print(bytearray(b"a") is bytearray(b"a"), bytes(b"\xff") is bytes([255]), b"\xff"[0] is 255)
