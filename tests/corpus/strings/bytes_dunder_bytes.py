# bytes() and %-formatting of bytes with objects that define __bytes__.
class B:
    def __bytes__(self): return b'xyz'
class C:
    def __bytes__(self): return 'no'
class D(bytes): pass
print(bytes(B()), type(bytes(D(b'q'))).__name__, bytes(D(b'q')), D(B()), type(D(B())).__name__, b"%s" % D(b"r"))
try: bytes(C())
except TypeError as e: print(e)
print(b"[%s|%b]" % (B(), B()))
