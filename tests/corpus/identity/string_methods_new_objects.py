# string methods that change nothing may return the same object
s = "abc"
print(s.replace("x", "y") is s, s.lstrip() is s, s.ljust(2) is s, s.zfill(2) is s)
print(s.lower() is s, s.title() is s, s.swapcase() is s, s[::1] is s, s[::-1][::-1] is s)
print(str(s) is s, format(s) is s, f"{s}" is s, "%s" % s is s, "{}".format(s) is s)
