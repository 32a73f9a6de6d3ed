# printf-style formatting of bytes.
print(b"%s-%d" % (b"x", 5), b"%5s|%-4d|" % (b"ab", 3), b"%x %X %o" % (255, 255, 8), b"%c%c" % (65, b"z"))
print(b"%b" % bytearray(b"q"), b"%r" % "a", b"%a" % "é", b"%.2f" % 3.14159, b"%%" % (), b"%(k)s" % {b"k": b"v"})
print(b"%5.1f|%-6x|%+d|%05d" % (2.25, 10, 3, -42), b"%.2s" % b"abcdef", bytearray(b"%d") % 7)
for fmt, args in ((b"%s", 5), (b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (b"a",)),
                  (b"%s", (b"a", b"b")), (b"%y", 1), (b"%", ())):
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
