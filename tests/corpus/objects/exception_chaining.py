# Implicit and explicit chaining as tracebacks print them.
class ConfigError(Exception):
    pass


def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise ConfigError("missing key " + repr(key)) from e


def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not parse")


try:
    load("b")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    parse("x")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("inner") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

load("z")
