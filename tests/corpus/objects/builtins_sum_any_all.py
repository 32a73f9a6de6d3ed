# sum (ints, floats, start=), any, all with generators and errors.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([], 5))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([10**20, 10**20]), sum([2**62, 2**62, 2**62]))
print(sum(x * x for x in range(5)), sum(iter([1, 2]), start=100))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
for call in (
    lambda: sum(["a", "b"], ""),
    lambda: sum([b"a"], b""),
    lambda: sum([1, "a"]),
    lambda: sum(5),
    lambda: sum(),
    lambda: any(3),
    lambda: all(),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def noisy(values):
    for v in values:
        print("yield", v)
        yield v


print(any(noisy([0, 1, 2])))
print(all(noisy([1, 0, 2])))
