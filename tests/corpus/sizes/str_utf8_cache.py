# a non-ASCII string grows when its UTF-8 form is cached
import sys
s = "é" * 10
print(sys.getsizeof(s))
s.encode("utf-8")
print(sys.getsizeof(s))
t = "ü" * 5 + "x"
print(sys.getsizeof(t))
d = {t: 1}
print(sys.getsizeof(t))
a = "ascii only"
a.encode()
print(sys.getsizeof(a))
