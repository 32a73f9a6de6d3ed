# int/str conversions, bases, bool arithmetic and int methods
print(int("101", 2), int("z", 36), int("0o17", 8), int("0x1F", 16), int(3.9), int(-0.5), int(True))
print(str(-0), str(0b1111), str(0o777), str(0xABC), str(1_000_000), format(10 ** 6, "_"))
print(True + True, True * 10, False - 1, sum([True, False, True]), True / 2)
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "little"), (-5).__abs__(), (7).__index__())
print((10).bit_count() if hasattr(int, "bit_count") else "", (6).conjugate(), (3).real, (3).imag, (3).numerator)
print(int("-" + "1" * 25) // 7, -17 // 5 * 5 + -17 % 5)
