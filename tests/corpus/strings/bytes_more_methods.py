# The rest of the bytes/bytearray API: translate, maketrans, __getnewargs__, __bytes__, __iadd__/__imul__, __alloc__.
print(bytearray(b'ab').__alloc__(), bytearray().__alloc__(), bytes.maketrans(b'ab', b'xy')[97:99], b'abc'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.translate(None, b'b'), bytearray(b'abc').translate(None, delete=b'a'))
print('ab'.__getnewargs__(), b'x'.__getnewargs__(), b'q'.__bytes__())
for c in (lambda: bytes.maketrans(b'a', b'bc'), lambda: b'a'.translate(b'x'), lambda: bytearray(b'a').__iadd__(1), lambda: bytearray(b'a').__imul__('x'), lambda: bytes.maketrans('a','b')):
  try: c()
  except Exception as e: print(type(e).__name__, e)
ba=bytearray(b'ab'); r = ba.__iadd__(b'c'); print(r is ba, ba.__imul__(0), ba)
s=''.join(['ab','c']); b=bytes([1,2,3])
print(s.__getnewargs__()[0] is s, b.__getnewargs__()[0] is b, b.__bytes__() is b)
ba = bytearray(b"xyz"); ba.__delitem__(1); print(ba)
