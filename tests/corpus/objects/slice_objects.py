# slice objects: constructor forms, attributes, indices() and errors.
s = slice(1, 10, 2); print(s.start, s.stop, s.step, s.indices(5), slice(3), slice(None), repr(slice(1,2)))
for f in (lambda: slice(), lambda: slice(1,2,3,4), lambda: slice(1,2,0).indices(3), lambda: slice(1, x=2), lambda: slice(1).indices(-1), lambda: slice("a").indices(3)):
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(slice(1,2) == slice(1,2), slice(-1, None, -1).indices(5), slice(None, None, -2).indices(6))
