# Shifts and bitwise operators, with negative operands and bad shift counts
for a in [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70)]:
    print(a, a << 3, a >> 3, a >> 100, a & 0xF0, a | 0x0F, a ^ -1, ~a)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, 3 << 100, (1 << 100) >> 99){
print(5 & 3, 5 | 3, 5 ^ 3, -5 & 3, -5 | 3, -5 ^ 3, -5 & -3, -5 | -3, -5 ^ -3)
print(True & 1, True | 2, False ^ True, True << 3, True >> 1)
for expr in ["1 << -1", "1 >> -1", "0 << -5", "1 << (1 << 70)", "1 >> (1 << 70)", "-1 >> (1 << 70)", "0 << (1 << 70)", "1.0 << 1", "1 & 1.0", "1 | 'a'"]:
    try:
        print(expr, "=", eval(expr))
    except (ValueError, OverflowError, TypeError, MemoryError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
