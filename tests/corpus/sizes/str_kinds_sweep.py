# getsizeof of ASCII, latin-1, UCS-2 and UCS-4 strings for lengths up to 1000
import sys
chars = {"ascii": "a", "latin1": "\xe9", "ucs2": "\u0416", "ucs4": "\U0001f40d"}
for n in (0, 1, 2, 3, 7, 8, 15, 16, 31, 32, 63, 64, 100, 255, 256, 999, 1000):
    print(n, *(sys.getsizeof(c * n) for c in chars.values()))
mixed = "a" * 10 + "\u0416"
print(sys.getsizeof(mixed), sys.getsizeof(mixed[:10]), sys.getsizeof(mixed[10:]), sys.getsizeof("a" + "\U0001f40d" * 2))
