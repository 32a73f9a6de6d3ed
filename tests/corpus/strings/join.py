# str.join with different iterables; a single exact str item is returned as is.
import sys

print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), " ".join({"k": 1, "j": 2}))
print("+".join(str(i) for i in range(5)), repr("".join([])), repr(",".join(iter([]))))
item = "".join(["only", "one"])
r = "".join([item])
print(r is item, ", ".join([item]) is item, ", ".join((item,)) is item, sys.getrefcount(item))
two = "".join([item, ""])
print(two is item, two == item)

class S(str):
    pass

sub = S("sub")
j = "".join([sub])
print(type(j).__name__, j is sub, j == sub)
for bad in ([1], ["a", 1], ["a", "b", None], 5, None, [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)

def gen():
    yield "a"
    yield 2

try:
    "".join(gen())
except TypeError as e:
    print("TypeError:", e)
"/".join(["ok", 1])
