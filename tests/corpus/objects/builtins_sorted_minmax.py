# sorted, min and max with key=, default= and reverse=, stability and errors.
words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))
print(sorted((3, 1, 2)), sorted("hello"), sorted({3: "c", 1: "a"}))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(4, 2, 8), max(4, 2, 8), max([], default="empty"), min((), default=None))
print(max([1, 5, 5, 2], key=lambda v: -v), min([[2], [1], [1, 0]]))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs, key=lambda p: p[0]))
for call in (
    lambda: max([]),
    lambda: min(),
    lambda: max(1, 2, default=0),
    lambda: max(3),
    lambda: sorted([1, "a"]),
    lambda: sorted(),
    lambda: sorted([1], 2),
    lambda: min([1, 2], foo=1),
):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
