# args is a settable tuple; add_note; with_traceback; __cause__/__context__ setters.
e = ValueError("first")
e.args = ["x", "y"]
print(e.args, str(e))
try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as err:
    print("TypeError:", err)
print(e.with_traceback(None) is e)
try:
    e.with_traceback(1)
except TypeError as err:
    print("TypeError:", err)
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 1
except TypeError as err:
    print("TypeError:", err)
e.__context__ = None
print(e.__context__)
e.custom = 1
print(e.__dict__)
print(e.__reduce__())
