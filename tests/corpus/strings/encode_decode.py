# str.encode / bytes.decode for utf-8, ascii and latin-1 with the error handlers.
texts = ["plain", "café", "naïve ☃", "😀 emoji", "", "\x00\x7f\x80\xff"]
for t in texts:
    print(repr(t), t.encode(), t.encode("utf-8"), t.encode("latin-1", "replace"), t.encode("ascii", "ignore"))
    print("  ", t.encode("ascii", "backslashreplace"), t.encode("ascii", "xmlcharrefreplace"), len(t.encode("utf8")))
for data in (b"caf\xc3\xa9", b"\xff\xfe", b"\xe2\x82", b"\xe2\x28\xa1", b"ok\xed\xa0\x80", b"\xf0\x9f\x98\x80", b"\xc0\xaf"):
    print(data, data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"), data.decode("latin-1"),
          data.decode("ascii", "backslashreplace"))
for enc in ("UTF-8", "utf_8", "U8", "Latin1", "ISO-8859-1", "ascii", "US-ASCII"):
    print(enc, "é".encode(enc, "replace"), b"\xe9".decode(enc, "replace"))
for call in (lambda: "é".encode("ascii"), lambda: "é😀".encode("ascii"), lambda: "☃".encode("latin-1"),
             lambda: b"\xff".decode(), lambda: b"a\xe2\x82".decode(), lambda: b"\xe2\x28\xa1".decode(),
             lambda: b"\x80abc".decode("ascii"), lambda: "a".encode("no-such-codec"),
             lambda: b"a".decode("nope"), lambda: "é".encode("ascii", "bogus"), lambda: "a".encode(1),
             lambda: str(b"\xc3", "utf-8")):
    try:
        print(call())
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("é".encode("ascii", "bogus") if False else "a".encode("ascii", "bogus"))
