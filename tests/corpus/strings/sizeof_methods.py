# __sizeof__ of str and bytes, including instances of subclasses (non-compact layout).
import sys
class S(str): pass
class B(bytes): pass
for o in ("abc", "é" * 3, "😀", b"ab", bytearray(b"abc"), S("abc"), S(""), S("é"), S("ĀĀ"), S("😀"), B(b"x"), B(b"")):
    print(o.__sizeof__())
