# OverflowError from float exponentiation, and int too large to convert to float
print(2.0 ** 10)
print(10.0 ** 400)
