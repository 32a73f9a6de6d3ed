# What Lib/typing.py takes from modules heapscope does not have: the classes re.Pattern and
# re.Match (as the origins of typing.Pattern and typing.Match) and warnings.warn.


class Pattern:
    __module__ = 're'


class Match:
    __module__ = 're'


def warn(message, category=None, stacklevel=1):
    # No warnings module: deprecation warnings of typing are not shown.
    pass
