# except*: partial matches, re-raise vs new raise (PREP_RERAISE_STAR), naked exceptions wrapped, invalid types, group tracebacks with width limit and chaining
import sys
def check(values):
    errors = []
    for v in values:
        try:
            if v < 0:
                raise ValueError(f"negative: {v}")
            1 / v
        except Exception as e:
            errors.append(e)
    return errors

def run(n):
    try:
        raise ExceptionGroup("many", [ValueError(i) for i in range(n)])
    except* ValueError as eg:
        print("caught", len(eg.exceptions))

run(3)
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3), ValueError(4)])])
    except* ValueError as e:
        print("V", repr(e))
    except* KeyError as e:
        print("K", repr(e))
        raise
except ExceptionGroup as rest:
    print("rest", repr(rest))
try:
    try:
        raise TypeError("naked")
    except* TypeError as e:
        print("wrapped", repr(e), e.exceptions[0].__traceback__ is not None)
        raise RuntimeError("new") from None
except RuntimeError as e:
    print("raised", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
except BaseException as e:
    print(type(e).__name__, repr(e), [type(x).__name__ for x in e.exceptions])
try:
    try:
        raise ValueError(1)
    except* ValueError:
        pass
    print("swallowed")
except Exception:
    print("no")
try:
    try:
        raise ValueError(1)
    except* (ExceptionGroup, TypeError):
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* 5:
        pass
except TypeError as e:
    print(e)
errs = check([1, -2, 0, -5])
eg = ExceptionGroup("invalid values", errs)
eg.add_note("a note\nwith two lines")
inner = BaseExceptionGroup("base", [KeyboardInterrupt(), eg])
print(repr(inner), type(inner).__name__)
try:
    raise ExceptionGroup("top", [ExceptionGroup("mid", [ValueError(i) for i in range(17)]), TypeError("t")])
except ExceptionGroup as e:
    sys.excepthook(type(e), e, e.__traceback__)
print(sys.getrefcount(eg), len(eg.exceptions))
raise ExceptionGroup("final", [eg, ValueError("chained")]) from KeyError("cause")
