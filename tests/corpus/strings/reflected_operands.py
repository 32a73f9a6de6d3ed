# str/bytes operators with a right operand that defines reflected methods.
class V:
    def __rmul__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
class W:
    def __rmul__(self, o):
        return "W.rmul(%r)" % (o,)
    def __radd__(self, o):
        return "W.radd(%r)" % (o,)
    def __index__(self):
        return 2
for op in (lambda: "x" * V(), lambda: "x" + V(), lambda: b"x" * V(), lambda: b"x" + V(), lambda: V() * "x"):
    try:
        print(op())
    except TypeError as e:
        print("TypeError:", e)
print("x" * W(), "x" + W(), b"x" * W(), b"x" + W(), W() * "ab" if hasattr(W, "__mul__") else "-")
