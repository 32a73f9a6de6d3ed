# Big ints: growth past 64 bits, mixed signs, products, powers and bit operations
a = 2 ** 64
b = -(3 ** 50)
print(a, b, a + b, a - b, a * b)
print(a // 7, a % 7, b // 7, b % 7, b // -7, b % -7)
print(a // b, a % b, b // a, b % a)
f = 1
for i in range(1, 40):
    f *= i
print(f, f // (2 ** 20), f % 1000007)
print(2 ** 200, (-2) ** 201, 10 ** 30 - 1)
print(a & b, a | b, a ^ b, ~a, ~b, -a)
print(b >> 10, b << 10, a >> 70, b >> 200, (-1) >> 1000)
print((2 ** 63 - 1) + 1, -(2 ** 63) - 1, (2 ** 63) * (2 ** 63))
print(9223372036854775807 * 2, -9223372036854775808 // -1, -9223372036854775808 % -1)
x = 12345678901234567890123456789
print(x * x, x ** 3 % 1000000007, abs(-x), -x, +x)
print(x == x + 0, x < x + 1, -x < x, hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
