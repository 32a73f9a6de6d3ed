# Benchmark: allocation-heavy -- many short-lived lists, dicts, tuples, instances and strings.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    total = 0
    keep = []
    for i in range(n):
        lst = [i, i + 1, i + 2]
        d = {"a": i, "b": lst}
        t = (i, lst, d)
        p = Point(i, t)
        s = str(i)
        total += len(lst) + len(d) + len(t) + p.x + len(s)
        if i % 100 == 0:
            keep.append(p)
    return total, len(keep)


print(run(2000000))
