# uncaught exception chained with raise ... from: both tracebacks are printed
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value") from e
parse("abc")
