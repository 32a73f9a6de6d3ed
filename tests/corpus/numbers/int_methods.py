# int methods and attributes
for n in [0, 1, -1, 255, -256, 2 ** 64, -(2 ** 64) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes())
print((127).to_bytes(1, "big", signed=True), (0).to_bytes(0, "big"), (2 ** 70).to_bytes(10, byteorder="little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True),
      int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: (256).to_bytes(1, "big"))
show(lambda: (128).to_bytes(1, "big", signed=True))
show(lambda: (-1).to_bytes(1, "big"))
show(lambda: (1).to_bytes(1, "middle"))
show(lambda: (1).to_bytes(-1, "big"))
show(lambda: int.from_bytes([256], "big"))
print(type(True.real).__name__, True.numerator, True.denominator, (5).__index__(), int.__add__(2, 3), int.__add__(2, 3.0))
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), (7).__round__(), (1234).__round__(-2), (1250).__round__(-2), (-1350).__round__(-2))
print((5).__float__(), (5).__abs__(), (-5).__abs__(), (5).__neg__(), (5).__invert__(), int.__pos__(True))
print(type((5).__float__()).__name__, (3).__truediv__(2), (3).__rsub__(10), (3).__rpow__(2), (7).__rfloordiv__(100))
