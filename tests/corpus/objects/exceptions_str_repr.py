# str() and repr() of exceptions with 0, 1 and several arguments.
samples = [
    ValueError(),
    ValueError("bad value"),
    ValueError("a", 1),
    KeyError("missing"),
    KeyError(),
    KeyError(1, 2),
    IndexError(3),
    TypeError(None),
    Exception([1, 2]),
    StopIteration(5),
    SystemExit(2),
    OSError(2, "No such file or directory"),
    OSError(13, "Permission denied", "secret.txt"),
    ImportError("no module", name="mod"),
]
for e in samples:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(StopIteration(5).value, StopIteration().value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
e = OSError(2, "No such file or directory", "data.csv")
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(ImportError("m", name="n").name, ImportError("m").path)
print(BaseException.__str__(KeyError("k")), KeyError.__str__(KeyError("k")))
