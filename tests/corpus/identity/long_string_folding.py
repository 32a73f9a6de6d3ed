# constant folding stops at 4096 characters for strings
a = "x" * 4096
b = "x" * 4096
c = "y" * 4097
d = "y" * 4097
print(a is b, c is d, len(c))
