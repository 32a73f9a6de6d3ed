# big int arithmetic: 2**100000 and friends, checked without printing all digits
x = 2 ** 100000
print(x.bit_length(), x % 1000000007, (x - 1).bit_count() if hasattr(x, "bit_count") else 0)
y = 3 ** 50000
print(y % 10 ** 9, (x * y) % 998244353, (x // y) == 0, (y // x).bit_length())
import math
print(len(str(math.factorial(1000))), math.factorial(3000) % 10 ** 9 == 0)
