# arbitrary-precision ints: powers, factorial, division, bit operations, conversion
import math
print(2 ** 100, -(2 ** 64), 3 ** 50 % 1000007)
print(math.factorial(30), len(str(math.factorial(100))))
big = 12345678901234567890123456789
print(big // 97, big % 97, divmod(-big, 10 ** 10))
print(big * big, big - 2 ** 90, big >> 30, big << 7)
print(big & 0xFFFF, big | 1, big ^ (big >> 1), ~big)
print((2 ** 64).bit_length(), (255).bit_length(), (-1).bit_length(), bin(2 ** 70), hex(-(2 ** 33)).upper())
print(int("9" * 30) + 1, int("-ffff", 16), int("0b1010", 0), int("  42  "), int("1_000"))
print(pow(3, 200, 10 ** 9 + 7), pow(2, -1, 7), math.gcd(2 ** 40, 6 ** 20), math.isqrt(10 ** 30))
print(10 ** 20 == 10.0 ** 20, 2 ** 53 + 1 == float(2 ** 53 + 1), abs(-(10 ** 25)))
