# Arithmetic results in -5..256 are the cached small ints; others are new objects
a = 200
b = a + 56
c = a + 57
print(b is 256, c is 257, (a - 205) is -5, (a - 206) is -6, a * 0 is 0, 2 ** 8 is 256, 2 ** 9 is 512)
print(int("100") is 100, int(100.7) is 100, (10 ** 20 // 10 ** 18) is 100, (-1) ** 2 is 1, abs(-7) is 7, ~-8 is 7)
x = 1000
y = 999 + 1
print(x == y, x is y, x - y is 0, sum([100, 100, 56]) is 256, len("abc") is 3, True + 0 is 1, 5 % 3 is 2, 7 // 2 is 3)
print(float(1) is float(1), 0.5 + 0.5 == 1, 255 & 15 is 15, 1 << 8 is 256, 1 << 9 is 512, -True is -1)
