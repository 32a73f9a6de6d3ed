# an uncaught ExceptionGroup is printed as a tree of sub-exceptions
def check(values):
    errors = []
    for v in values:
        if v < 0:
            errors.append(ValueError(f"negative: {v}"))
        elif v == 0:
            errors.append(ZeroDivisionError("zero"))
    if errors:
        raise ExceptionGroup("invalid values", errors)
check([1, -2, 0])
