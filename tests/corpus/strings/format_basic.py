# str.format: automatic and manual numbering, keywords, attributes and items, braces.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(3, 4)
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.x},{0.y}".format(p), "{p.x}".format(p=p), "{0[1]} {0[0]}".format(["zero", "one"]), "{d[key]}".format(d={"key": "v"}))
print("{0[1][0]}".format([[0], ["deep"]]), "{m[0]}".format(m={0: "int key"}), "{m[x]}".format(m={"x": "str key"}))
print("{{}} {{{}}} }}{{".format("in"), "{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|".format("q"))
print("{:}".format(5), "{0:}|{1:}".format("a", "b"), "{:5}|{:<5}|{:>5}|{:^5}|".format("ab", "cd", "ef", "gh"))
print("{:d} {:x} {:.2f} {:>6.1%}".format(42, 255, 3.14159, 0.25), "{0:{1}}|".format("w", 4), "{:{}{}}|".format("n", ">", 6))
print("{0}{0}".format(chr(97)) == "aa", "{}".format(None), "{}".format([1, "2"]), "{}".format((1,)))
print("{0.real} {0.imag}".format(3), "{s.__class__.__name__}".format(s="x"))
