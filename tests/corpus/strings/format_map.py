# str.format_map uses the mapping directly (a dict subclass's __missing__ runs).
class Default(dict):
    def __missing__(self, key):
        return "?" + key

print("{name} is {age}".format_map(Default(name="Guido")))
print("{a[0]}".format_map({"a": "xyz"}))
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{k}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{k}".format_map(1)
except TypeError as e:
    print("TypeError:", e)
print("plain".format_map(1))
