# sizes of strings built by join, concatenation, formatting and repetition
import sys
parts = ["ab"] * 50
print(sys.getsizeof("".join(parts)), sys.getsizeof("ab" * 50), sys.getsizeof(f"{'ab' * 50}"))
s = ""
for i in range(5):
    s += "é"
print(sys.getsizeof(s), len(s))
print(sys.getsizeof(str(10 ** 50)), sys.getsizeof(repr([1, 2, 3])), sys.getsizeof("%d" % 12345))
print(sys.getsizeof("a\u0100"), sys.getsizeof("a\U00010000"), sys.getsizeof("\xff" * 3))
