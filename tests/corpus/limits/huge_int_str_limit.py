# converting an int with more than 4300 digits to str raises ValueError in 3.11
big = 10 ** 5000
print(big.bit_length(), big % 97)
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)))
