# Strings of each storage kind: ASCII, latin-1, UCS-2 and UCS-4 (sizes, lengths, methods).
import sys

samples = ["ascii", "latin-1 é", "cyrillic привет", "cjk 漢字", "emoji 😀🐍", "mixed é漢😀"]
for s in samples:
    print(repr(s), len(s), sys.getsizeof(s), s.upper(), s[::-1], s.find("😀"), s.encode("utf-8")[:8])
    print("  ", [hex(ord(c)) for c in s[-3:]], s.center(20, "·"), s.split(" "))
empty_kinds = ["", "".join(["é"])[:0], "漢"[1:]]
print([sys.getsizeof(e) for e in empty_kinds], [e is "".join([]) for e in empty_kinds])
print(sys.getsizeof("é" * 10), sys.getsizeof("€" * 10), sys.getsizeof("😀" * 10), sys.getsizeof("a" * 10))
print(ascii("é€😀"), repr("\x00\x1f\x7f\x80\x9f\xa0\xad"), repr("\u200b\u2028\ufeff"), str("\U0001F600"))
print(chr(233) is chr(233), chr(256) is chr(256), chr(0x1F600) == "😀", ord("😀"), ord(chr(0x10FFFF)))
