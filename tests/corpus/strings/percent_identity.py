# Results of % formatting that are a single whole string are that string itself.
import sys

s = "".join(["shared", " text"])
print("%s" % s is s, "%s" % (s,) is s, "%.20s" % s is s, "%-3s" % s is s, "%20s" % s is s, "%.3s" % s is s)
print("%r" % s is s, "x%s" % s is s, "%s%%" % s is s)
fmt = "".join(["no", " fields"])
print(fmt % () is fmt, fmt % {} is fmt, fmt % [] is fmt)
print("%c" % 97 is chr(97), "%s" % chr(98) is chr(98), "%d" % 5 == "5")
print(sys.getrefcount(s), sys.getrefcount(fmt))

class S(str):
    pass

x = S("sub")
print(type("%s" % x).__name__, type(x % ()).__name__, type("%s" % (x,)).__name__)
