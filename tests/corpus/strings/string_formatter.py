# string.Formatter and the _string helpers it is built on.
import string, _string
f = string.Formatter()
print(f.format("{0} and {name!r:>8} {x.real}|{l[1]}", "zero", name="N", x=3, l=[1, 2]))
print(list(f.parse("a{0!r:>{1}}b{{c}}{x.y[0]}")), list(_string.formatter_parser("")))
first, rest = _string.formatter_field_name_split("x.y[0][k]")
print(first, list(rest), _string.formatter_field_name_split("12")[0] + 1)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format("{} {}", "a", "b"), f.vformat("{a}", (), {"a": 1}), "Formatter" in string.__all__)
try:
    f.format("{")
except ValueError as e:
    print("ValueError:", e)
try:
    list(_string.formatter_field_name_split("a]")[1])
except ValueError as e:
    print("ValueError:", e)
f.format("{0.}", 1)
