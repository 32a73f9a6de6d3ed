# bytes identity: b'' and one-byte bytes are shared; unchanged results are the object itself.
import sys

b = bytes([104, 105, 33])
print(bytes([65]) is bytes([65]), b[0:1] is bytes([104]), b"".join([]) is bytes(), bytes(0) is b[3:])
print(b.strip() is b, b.replace(b"z", b"y") is b, b[:] is b, b * 1 is b, b + b"" is b, b"" + b is b, bytes(b) is b)
print(b.upper() is b, b.lower() == b, b"".join([b]) is b, b.split()[0] is b, sys.getrefcount(b))
one = [x for x in b.split(b"i")]
print(one, one[0] is bytes([104]))
ba = bytearray(b)
print(ba[:] is ba, ba.strip() is ba, bytes(ba) is bytes(ba), bytes(ba) == b)
