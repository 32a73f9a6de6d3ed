# %-formatting and str.format with a variety of conversions
print("%5d|%-5d|%05d|%+d|%x|%X|%o|%e|%.3g" % (42, 42, 42, 42, 255, 255, 8, 12345.678, 0.000123456))
print("%s|%r|%a|%c|%%|%10.4s|" % ("s", "r", "é", 65, "truncate"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 3})
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}|{:b}".format("r", "l", "c", 3.14159, 10 ** 7, 10))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j))
print("{!r:>6}".format("x"), "{:{w}.{p}f}".format(2.71828, w=10, p=2), "{:=+8d}".format(42))
