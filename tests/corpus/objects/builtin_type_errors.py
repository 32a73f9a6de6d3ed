# Wrong argument counts and types for builtins, as CPython words them.
calls = [
    lambda: len(),
    lambda: len([], []),
    lambda: len(5),
    lambda: abs(),
    lambda: repr(),
    lambda: hash([]),
    lambda: id(),
    lambda: callable(1, 2),
    lambda: chr(),
    lambda: ord("ab"),
    lambda: iter(),
    lambda: next(),
    lambda: isinstance(1),
    lambda: issubclass(1, int),
    lambda: getattr(1),
    lambda: setattr(1, "a"),
    lambda: delattr(1),
    lambda: hasattr(1),
    lambda: divmod(1),
    lambda: pow(),
    lambda: vars(1, 2),
    lambda: dir(1, 2),
    lambda: globals(1),
    lambda: locals(1),
    lambda: sorted(),
    lambda: min(),
    lambda: sum(),
    lambda: format(),
    lambda: type(),
    lambda: type(1, 2),
    lambda: super(1, 2, 3),
    lambda: property(1, 2, 3, 4, 5),
    lambda: staticmethod(),
    lambda: classmethod(1, 2),
    lambda: object(1),
    lambda: input(1, 2),
    lambda: any(),
    lambda: all(1, 2),
]
for call in calls:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
