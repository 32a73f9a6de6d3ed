# arithmetic results in -5..256 come from the small-int cache; compared through names
a = 200
b = 56
c256, c257, m5, m6 = 256, 257, -5, -6
print((a + b) is c256, (a + b + 1) is c257, (a - 205) is m5, (a - 206) is m6)
hundred, three, seven, fortytwo = 100, 3, 7, 42
ten = 10
print(ten ** 2 is hundred, len("abc") is three, abs(-7) is seven, int("42") is fortytwo)
