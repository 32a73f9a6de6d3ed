# The 4300-digit limit of int<->str conversion; power-of-two bases are exempt
big = 10 ** 5000
print(len(hex(big)), len(bin(big)) > 16000, big.bit_length(), len(format(big, "x")))
for f in [lambda: str(big), lambda: repr(big), lambda: int("9" * 5000), lambda: f"{big}", lambda: format(big, "d"), lambda: "%d" % big]:
    try:
        f()
    except ValueError as e:
        print(e)
print(int("1" * 4300) % 1000, len(str(10 ** 4299)), int("f" * 5000, 16) % 1000, int("_".join(["1"] * 3000)) % 97)
print(big)
