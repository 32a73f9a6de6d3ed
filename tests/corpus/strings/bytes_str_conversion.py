# Converting between str and bytes.
s = "naïve café 😀"
b = s.encode()
print(b, len(s), len(b), b.decode() == s, b.decode() is s, type(b).__name__)
print(list(b[:6]), b[5], bytes([b[5]]), b[5:7].decode(), b.hex(" ")[:20])
print(str(b), repr(b)[:12], b.decode("latin-1"), s.encode("latin-1", "replace"))
print("abc".encode("ascii") == b"abc", b"abc".decode("ascii") == "abc", "" .encode() is b"".decode().encode())
ba = bytearray(s, "utf-8")
ba[0] = ord("N")
print(ba.decode(), bytes(ba)[:5], ba.decode("ascii", "replace"))
print(bytes(s))
