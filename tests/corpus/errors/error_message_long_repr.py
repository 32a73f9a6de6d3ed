# a KeyError whose key has a long repr, and an IndexError with a negative index
d = {}
key = ("a rather long tuple key", 12345, ("nested", "parts"), None)
try:
    d[key]
except KeyError as e:
    print("KeyError:", e)
items = []
items[-1]
