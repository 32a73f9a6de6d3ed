# bytes: constructors, methods and indexing.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes(b"ab"), bytes(bytearray(b"cd")))
print(bytes(x for x in (104, 105)), bytes.fromhex("48 65 6c6c 6f"), bytes(source=[1]), bytes("a", encoding="ascii"))
b = b"".join([b"hello ", b"world"])
print(b[0], b[-1], b[1:4], b[::-2], b[100:], b.upper(), b.lower(), b.title() if hasattr(b, "title") else "")
print(b.split(), b.split(b"o"), b.split(b"o", 1), b.rsplit(b"o", 1), b" a  b ".split(), b"a,b,".split(b","))
print(b.strip(b"hd"), b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b.replace(b"o", b"0"), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"l"), b.count(108), b.index(b"w"), b.find(b"z"), b.find(b"", 20))
print(b.startswith(b"hell"), b.endswith((b"x", b"rld")), b.startswith(b"w", 6), b.hex(), b[:3].hex(":"), b"\x00\xff".hex())
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), b",".join([b"a", bytearray(b"b"), b"c"]))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b" \t".isspace(), b"a1".isalnum(), b"\x80".isascii(), b.partition(b" "))
print(len(b), b"l" in b, 108 in b, list(b"abc"), b"ab" + b"cd", b"ab" * 3, 2 * b"xy", b"%s=%d" % (b"k", 5))
for call in (lambda: bytes("a"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes(1.5),
             lambda: bytes("a", "foo"), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: b"a".join([1]),
             lambda: b"a".find("a"), lambda: b"a".strip("a"), lambda: b"a".replace("a", "b"), lambda: b"a".split("a"),
             lambda: b"a".startswith("a"), lambda: b"a".count(1000), lambda: b"abc"[5], lambda: b[:3]["a"],
             lambda: b"a" + "a", lambda: b"a" + 1, lambda: b"a" * "a", lambda: b"abc".index(b"z"), lambda: bytes(x=1),
             lambda: bytes(1, 2), lambda: b"\xff".decode("ascii")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__ + ":", e)
