# print: sep, end, file=sys.stderr, flush, and argument errors.
import sys

print("a", "b", "c")
print("a", "b", sep="-")
print("no newline", end="|")
print()
print(1, 2, 3, sep="", end="!\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(sep=None, end=None)
print("x", None, 3.5, [1, "two"], sep=None)
for kwargs in ({"sep": 3}, {"end": 4}, {"bogus": 1}, {"file": 5}):
    try:
        print("value", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


w = Writer()
print("to", "writer", file=w, sep="+")
print(w.parts)


class Loud:
    def __str__(self):
        return "LOUD"


print(Loud(), [Loud()])
