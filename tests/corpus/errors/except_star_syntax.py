# mixing except and except* is a SyntaxError with CPython's location
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
