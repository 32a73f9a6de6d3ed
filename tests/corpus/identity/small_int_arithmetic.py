# arithmetic results in the small-int range come from the cache
a = 200
b = 56
print((a + b) is 256, (a + b + 1) is 257, (a - 205) is -5, (a - 206) is -6)
x = 10 ** 2
print(x is 100, len("abc") is 3, abs(-7) is 7, int("42") is 42, sum([100, 100, 56]) is 256)
big = 257
print(big - 1 is 256, (big - 1) + 1 is big)
