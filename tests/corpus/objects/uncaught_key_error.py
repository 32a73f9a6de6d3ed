# KeyError prints the repr of its key; an exception with no arguments prints just its name.
class Empty(Exception):
    pass


try:
    raise Empty
except Empty as e:
    print(repr(e), str(e) == "")
d = {"a": 1}
d["missing key"]
