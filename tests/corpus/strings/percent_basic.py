# printf-style formatting: every conversion type.
values = [0, 7, -7, 255, 2**70, -2**70, True, 3.75, -0.0, 1e-7, 123456789.0, 1e300]
for v in values:
    print("%s|%r|%a|%d|%i|%u|%x|%X|%o" % (v, v, v, v, v, v, int(v), int(v), int(v)))
for v in [0.0, 1.5, -2.675, 1234.5678, 1e-5, 1e16, 1e22, 5e-324, float("inf"), float("-inf"), float("nan")]:
    print("%e|%E|%f|%F|%g|%G" % (v, v, v, v, v, v))
print("%c%c%c" % (72, "i", 0x1F40D), "%%", "100%%" % ())
print("%s and %s" % ("one", "two"), "%s" % ("tuple",), "%s" % [1, 2], "%s" % ((1, 2),))
print("%r %a" % ("é", "é"), "%a" % "😀\u2028", "%s" % None, "%d" % 3.99, "%i" % -3.99)
print("%x %o" % (True, False), "%s" % b"bytes", "%.3s|%.0s|" % ("abcdef", "gone"))
